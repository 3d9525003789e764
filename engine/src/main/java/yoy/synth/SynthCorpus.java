package yoy.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import yoy.indicators.IndicatorSet;
import yoy.output.OutputDir;

/**
 * A synthetic corpus with its ground truth: {@code N} reports ({@code .txt}), the corpus
 * {@code manifest.yaml} and {@code truth.csv}, written into a folder one report at a time, so that
 * memory holds one report whatever the size of the corpus. The same seed gives byte-identical files.
 */
public final class SynthCorpus {

    public static final String MANIFEST = "manifest.yaml";
    public static final String TRUTH = "truth.csv";
    public static final int MAX_DOCS = 1_000_000;

    /** Reports per country: every publisher for every year of {@link #FIRST_YEAR}..{@link #LAST_YEAR}. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2030;

    /** What was written. */
    public record Summary(int documents, long bytes, int figures) {
    }

    private final IndicatorSet indicators;
    private final DocumentGenerator generator;

    public SynthCorpus(IndicatorSet indicators) {
        this.indicators = indicators;
        this.generator = new DocumentGenerator(indicators);
    }

    /**
     * The plan of the {@code index}-th of {@code docs} reports. Year, publisher and country each cycle with
     * the index; the number of countries is odd and not a multiple of the number of years, so that (by the
     * Chinese remainder theorem) no two reports share all three until every combination is used.
     */
    public static DocumentPlan plan(int index, int docs) {
        int years = LAST_YEAR - FIRST_YEAR + 1;
        int publishers = Names.PUBLISHERS.size();
        int countries = Math.max(5, (docs + years * publishers - 1) / (years * publishers));
        while (countries % 2 == 0 || countries % years == 0) {
            countries++;
        }
        String country = Names.countries(countries).get(index % countries);
        String publisher = Names.PUBLISHERS.get(index % publishers);
        int year = FIRST_YEAR + index % years;
        int width = Math.max(5, Integer.toString(docs - 1).length());
        String file = String.format(Locale.ROOT, "%0" + width + "d_%s_%d_%s.txt", index,
                slug(country), year, slug(publisher));
        return new DocumentPlan(index, file, country, publisher, year, title(publisher, country, year));
    }

    private static String title(String publisher, String country, int year) {
        return switch (Names.PUBLISHERS.indexOf(publisher)) {
            case 0 -> "Annual Report " + (year + 1) + ": " + country;
            case 1 -> country + " " + year;
            case 2 -> country + ": Events of " + year;
            default -> "Rights Review " + (year + 1) + ": " + country;
        };
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The seed of one report, mixed from the corpus seed so that each report can be made on its own. */
    static long documentSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public GeneratedDocument document(int index, int docs, long seed) {
        return generator.generate(plan(index, docs), documentSeed(seed, index));
    }

    /** Writes {@code docs} reports, the manifest and the truth into {@code dir} (created if needed). */
    public Summary write(Path dir, int docs, long seed, Consumer<String> progress) {
        if (docs < 1 || docs > MAX_DOCS) {
            throw new IllegalArgumentException("docs must be 1.." + MAX_DOCS + ", got " + docs);
        }
        long bytes = 0;
        int figures = 0;
        try {
            Files.createDirectories(dir);
            try (Writer manifest = writer(dir.resolve(MANIFEST)); Writer truthOut = writer(dir.resolve(TRUTH))) {
                manifest.write("# Synthetic corpus written by 'yoy synth' (seed " + seed + ", " + docs + " reports).\n"
                        + "# Countries, publishers and figures are invented; truth.csv lists every figure stated.\n"
                        + "documents:\n");
                TruthCsv.Writer truth = new TruthCsv.Writer(truthOut, indicators);
                for (int i = 0; i < docs; i++) {
                    GeneratedDocument d = document(i, docs, seed);
                    byte[] utf8 = d.text().getBytes(StandardCharsets.UTF_8);
                    Files.write(dir.resolve(d.plan().file()), utf8);
                    bytes += utf8.length;
                    manifest.write(entry(d.plan()));
                    for (TruthRow row : d.truth()) {
                        truth.row(row);
                    }
                    figures += d.truth().size();
                    if (progress != null && (i + 1) % 1000 == 0) {
                        progress.accept(String.format(Locale.ROOT, "yoy: %d of %d reports written", i + 1, docs));
                    }
                }
            }
        } catch (IOException e) {
            throw OutputDir.cantWrite(dir.toString(), e);
        }
        return new Summary(docs, bytes, figures);
    }

    private static String entry(DocumentPlan p) {
        return "  - file: " + p.file() + "\n"
                + "    title: \"" + p.title() + "\"\n"
                + "    publisher: " + p.publisher() + "\n"
                + "    country: " + p.country() + "\n"
                + "    coverage_year: " + p.coverageYear() + "\n";
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }
}
