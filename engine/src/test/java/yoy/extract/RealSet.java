package yoy.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yoy.corpus.CorpusReader;
import yoy.model.Observation;
import yoy.model.Qualifier;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.tables.CsvReader;

/**
 * The real development set under {@code src/test/resources/real/}: excerpts of real reports, each with its
 * source in {@code sources.csv} and its figures labelled by hand in {@code gold.csv} (the columns and rules of
 * the seeds' gold). It is split by publisher into a tuning part and a test part, each a corpus folder.
 */
final class RealSet {

    static final Path DIR = Path.of("src/test/resources/real");
    static final List<String> PARTS = List.of("tune", "test");

    private RealSet() {
    }

    record Source(String file, String url, String publisher, String kind, String title, String country,
            int coverageYear, String split) {
    }

    /** One hand-labelled figure. {@code year} 0: the text gives none. {@code indicators}: the label and its "also fits". */
    record GoldRow(int line, String doc, String indicator, Set<String> indicators, String measure, Double value,
            Double low, Double high, String qualifier, int year, String period, boolean core, String quote,
            String note) {

        /** Scored as in the seeds' gold: the same document, indicator, event year and value. */
        boolean matches(Observation o) {
            if (!o.doc().equals(doc) || !indicators.contains(o.indicator()) || (year != 0 && o.year() != year)) {
                return false;
            }
            if (value != null) {
                return same(value, o.interval().value());
            }
            // LABELLING.md sets the bounds of "a handful" and "hundreds" only; for other vague words the labellers'
            // upper bounds ("dozens": 24-99) and yoy's (24-199) are both conventions, so a vague figure is matched
            // by its lower bound.
            return qualifier.equals("vague") ? o.interval().qualifier() == Qualifier.VAGUE && same(low, o.interval().low())
                    : same(low, o.interval().low()) && same(high, o.interval().high());
        }

        /** "fewer than 10" has no qualifier of its own in yoy: at most and up to are taken for it. */
        boolean qualifierAgrees(Observation o) {
            Qualifier q = o.interval().qualifier();
            if (qualifier.equals("fewer_than")) {
                return q == Qualifier.AT_MOST || q == Qualifier.UP_TO;
            }
            return q.code().equals(qualifier);
        }

        /**
         * Core figures of an indicator are scored. A figure about another country than the report's ("NOT Kyrgyzstan"
         * in the note) is never scored: it belongs to no series of the report's country, and yoy may find or drop it.
         */
        boolean scored() {
            return core && !indicator.equals("other") && !NOT_COUNTRY.matcher(note).find();
        }

        @Override
        public String toString() {
            return doc + " " + indicator + "/" + measure + " " + (year == 0 ? "?" : year) + " "
                    + (value != null ? fmt(value) : fmt(low) + ".." + fmt(high)) + " " + qualifier;
        }
    }

    static List<Source> sources() throws IOException {
        List<List<String>> rows = CsvReader.rows("sources.csv", read(DIR.resolve("sources.csv")));
        check(rows.get(0), "file,url,publisher,publisher_kind,title,country,coverage_year,split");
        List<Source> out = new ArrayList<>();
        for (List<String> c : rows.subList(1, rows.size())) {
            out.add(new Source(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), Integer.parseInt(c.get(6)),
                    c.get(7)));
        }
        return out;
    }

    private static final Pattern ALSO_FITS = Pattern.compile("also fits ([a-z_]+)");
    private static final Pattern NOT_COUNTRY = Pattern.compile("\\bNOT \\p{Lu}");

    static List<GoldRow> gold() throws IOException {
        List<List<String>> rows = CsvReader.rows("gold.csv", read(DIR.resolve("gold.csv")));
        check(rows.get(0), "doc,indicator,measure,value,low,high,qualifier,event_year,period,core,quote_start,note");
        Set<String> known = new TreeSet<>(List.of("other"));
        SeedCorpus.indicators().indicators().forEach(i -> known.add(i.id()));
        List<GoldRow> out = new ArrayList<>();
        for (int k = 1; k < rows.size(); k++) {
            List<String> c = rows.get(k);
            if (c.size() != 12) {
                throw new IllegalStateException("gold.csv:" + (k + 1) + ": " + c.size() + " fields, expected 12");
            }
            Set<String> indicators = new TreeSet<>(List.of(c.get(1)));
            Matcher m = ALSO_FITS.matcher(c.get(11));
            while (m.find()) {
                if (known.contains(m.group(1))) {
                    indicators.add(m.group(1));
                }
            }
            out.add(new GoldRow(k + 1, c.get(0), c.get(1), indicators, c.get(2), num(c.get(3)), num(c.get(4)),
                    num(c.get(5)), c.get(6), c.get(7).isEmpty() ? 0 : Integer.parseInt(c.get(7)), c.get(8),
                    c.get(9).equals("yes"), c.get(10), c.get(11)));
        }
        return out;
    }

    /** Every figure yoy finds in one part, through the whole pipeline with the real indicators.yaml. */
    static List<Observation> extract(String part) {
        return new Pipeline(SeedCorpus.indicators(), RunFilter.all())
                .run(new CorpusReader(DIR.resolve(part), notice -> { }))
                .observations();
    }

    /** The gold rows of one part's documents, by document. */
    static Map<String, String> splitOf() throws IOException {
        Map<String, String> split = new LinkedHashMap<>();
        for (Source s : sources()) {
            split.put(s.file(), s.split());
        }
        return split;
    }

    private static void check(List<String> header, String expected) {
        if (!String.join(",", header).equals(expected)) {
            throw new IllegalStateException("header " + header + ", expected " + expected);
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static Double num(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static boolean same(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;
    }

    static String fmt(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }
}
