package yoy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a small corpus of random token soup for {@link ReportFuzzTest}: the same seed gives the same bytes.
 * Lines are either sentences shaped like the figures yoy reads ("In 2020, at least 154 people were detained
 * …") with random parts, or soups of numbers in every form, qualifiers, dates, indicator words, punctuation,
 * bidi and zero-width characters, other scripts and digits; with empty lines, very long tokens and, now and
 * then, one very long line. Every report gets a manifest entry with a coverage year, except that a few corpora
 * leave one out so that yoy infers its metadata. The vocabulary is {@code fuzz/tokens.txt}.
 */
final class FuzzCorpus {

    /** What was written: the reports with their size in bytes, and the characters of all of them. */
    record Written(Map<String, Long> bytes, long chars) {
        int documents() {
            return bytes.size();
        }
    }

    /** The sentence that hung {@code ./yoy report} (XChart on a 10²⁰ axis); corpus 0 starts with it. */
    static final String KNOWN_HANG = "In 2020, 99999999999999999999 people were prosecuted for extremism.";

    /** Digit runs go beyond the most a double holds (308 digits), which once made extraction throw. */
    static final int MAX_DIGITS = 400;

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static final String[] SECTIONS = {"number", "qualifier", "date", "word", "punct", "invisible", "script"};
    private static final String[] TEMPLATES = {
        "In {date}, {qualifier} {number} {word} were {word} for {word}.",
        "{qualifier} {number} {word} {word} in {date}",
        "Authorities {word} {number} {word} ({number} in {date}).",
        "{number} {word} were {word}, up from {number} in {date}; {qualifier} {number} were {word}.",
        "{word}: {number} ({date}), {number} ({date}), {number} ({date})",
        "In {date} the number of {word} {word} rose to {qualifier} {number}, according to {word}.",
    };

    private final Map<String, List<String>> vocabulary;
    private final Random random;

    private FuzzCorpus(Map<String, List<String>> vocabulary, Random random) {
        this.vocabulary = vocabulary;
        this.random = random;
    }

    /** Writes 1–3 reports and a manifest into {@code dir}, at most {@code maxChars} characters of reports in all. */
    static Written write(Path dir, long seed, int index, int maxChars) throws IOException {
        FuzzCorpus corpus = new FuzzCorpus(vocabulary(), new Random(seed * 1_000_003L + index));
        return corpus.writeInto(dir, index, maxChars);
    }

    private Written writeInto(Path dir, int index, int maxChars) throws IOException {
        Files.createDirectories(dir);
        int documents = 1 + random.nextInt(3);
        boolean inferOne = index % 8 == 7 && documents > 1;
        Map<String, Long> bytes = new LinkedHashMap<>();
        StringBuilder manifest = new StringBuilder("documents:\n");
        long chars = 0;
        for (int d = 0; d < documents; d++) {
            String file = String.format(Locale.ROOT, "%03d_fuzz.txt", d);
            int budget = (maxChars - (int) chars) / (documents - d);
            String text = document(index == 0 && d == 0, budget);
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
            bytes.put(file, (long) text.getBytes(StandardCharsets.UTF_8).length);
            chars += text.length();
            if (inferOne && d == documents - 1) {
                continue;
            }
            manifest.append("  - file: ").append(file).append('\n')
                    .append("    title: Fuzz report ").append(index).append('.').append(d).append('\n')
                    .append("    publisher: ").append(pick(List.of("Amnesty International", "Human Rights Watch", "Fuzz Watch")))
                    .append('\n')
                    .append("    country: ").append(pick(List.of("Kazakhstan", "Belarus", "Nowhere"))).append('\n')
                    .append("    coverage_year: ").append(2016 + random.nextInt(9)).append('\n');
        }
        Files.writeString(dir.resolve("manifest.yaml"), manifest.toString(), StandardCharsets.UTF_8);
        return new Written(bytes, chars);
    }

    /** One report of at most {@code budget} characters. */
    private String document(boolean knownHang, int budget) {
        StringBuilder text = new StringBuilder();
        if (knownHang) {
            text.append(KNOWN_HANG).append('\n');
        }
        int target = random.nextInt(10) == 0 ? budget : Math.min(budget, 300 + random.nextInt(6_000));
        boolean longLine = random.nextInt(6) == 0;
        while (text.length() < target) {
            String line = longLine ? longLine(target - text.length()) : line();
            longLine = false;
            if (text.length() + line.length() + 1 > target) {
                break;
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    private String line() {
        int kind = random.nextInt(20);
        if (kind < 2) {
            return "";
        }
        if (kind < 11) {
            return sentence();
        }
        return soup(3 + random.nextInt(40));
    }

    /** One line of many sentences and soups, without a line break. */
    private String longLine(int room) {
        StringBuilder b = new StringBuilder();
        int length = Math.min(room - 1, 20_000 + random.nextInt(80_000));
        while (b.length() < length) {
            String part = random.nextBoolean() ? sentence() : soup(20);
            if (b.length() + part.length() + 1 > length) {
                break;
            }
            b.append(part).append(' ');
        }
        return b.toString().stripTrailing();
    }

    private String sentence() {
        String template = pick(List.of(TEMPLATES));
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(decorate(token(m.group(1)))));
        }
        m.appendTail(b);
        return b.toString();
    }

    private String soup(int tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            if (i > 0 && random.nextInt(8) != 0) {
                b.append(random.nextInt(12) == 0 ? "  " : " ");
            }
            b.append(decorate(token(SECTIONS[random.nextInt(SECTIONS.length)])));
        }
        return b.toString();
    }

    /** A token, now and then with an invisible character inside or wrapped in brackets or quotes. */
    private String decorate(String token) {
        if (!token.isEmpty() && random.nextInt(10) == 0) {
            int at = random.nextInt(token.length() + 1);
            token = token.substring(0, at) + pick(vocabulary.get("invisible")) + token.substring(at);
        }
        if (random.nextInt(15) == 0) {
            String[] wrap = pick(List.of(new String[] {"(", ")"}, new String[] {"[", "]"}, new String[] {"\"", "\""},
                    new String[] {"«", "»"}, new String[] {"\u2066", "\u2069"}, new String[] {"\u202E", "\u202C"}));
            token = wrap[0] + token + wrap[1];
        }
        return token;
    }

    private String token(String section) {
        int r = random.nextInt(100);
        return switch (section) {
            case "number" -> r < 40 ? pick(vocabulary.get("number")) : generatedNumber();
            case "date" -> r < 50 ? Integer.toString(2016 + random.nextInt(9)) : pick(vocabulary.get("date"));
            case "word" -> r < 2 ? longWord() : pick(vocabulary.get("word"));
            default -> pick(vocabulary.get(section));
        };
    }

    /** Numbers the list cannot hold: any length of digits, grouped or not, with decimals or not. */
    private String generatedNumber() {
        int r = random.nextInt(100);
        if (r < 40) {
            return Long.toString(random.nextInt(r < 20 ? 1_000 : 1_000_000));
        }
        if (r < 60) {
            return String.format(Locale.ROOT, "%,d", Math.abs(random.nextLong()) >> random.nextInt(60));
        }
        if (r < 75) {
            return String.format(Locale.ROOT, "%." + random.nextInt(6) + "f", random.nextDouble() * Math.pow(10, random.nextInt(25)));
        }
        return digits(1 + random.nextInt(random.nextInt(10) == 0 ? MAX_DIGITS : 60));
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private String longWord() {
        int n = 1_000 + random.nextInt(19_000);
        StringBuilder b = new StringBuilder(n);
        boolean digitsToo = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            b.append(digitsToo && random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : (char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** The sections of {@code fuzz/tokens.txt}, escapes resolved. */
    static Map<String, List<String>> vocabulary() throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = FuzzCorpus.class.getResourceAsStream("/fuzz/tokens.txt")) {
            if (in == null) {
                throw new IOException("fuzz/tokens.txt is missing from the test resources");
            }
            List<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]") && line.length() > 2) {
                    current = new ArrayList<>();
                    sections.put(line.substring(1, line.length() - 1), current);
                } else if (current != null) {
                    Matcher m = ESCAPE.matcher(line);
                    StringBuilder b = new StringBuilder();
                    while (m.find()) {
                        m.appendReplacement(b, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
                    }
                    m.appendTail(b);
                    current.add(b.toString());
                }
            }
        }
        for (String s : SECTIONS) {
            if (!sections.containsKey(s) || sections.get(s).isEmpty()) {
                throw new IOException("fuzz/tokens.txt has no [" + s + "] tokens");
            }
        }
        return sections;
    }
}
