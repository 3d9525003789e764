package yoy.corpus;

import java.nio.CharBuffer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.indicators.Suggest;
import yoy.indicators.YamlNode;
import yoy.indicators.YamlReader;

/**
 * Reads {@code manifest.yaml}: a list of {@code documents}, each with {@code file} and {@code coverage_year}
 * (required) and optional {@code title}, {@code publisher}, {@code country}, {@code url}. Every problem goes
 * to the problem sink with {@code manifest.yaml:line:col}; entries with a problem are left out (their file
 * names are kept in {@link Parsed#broken()} so that no second error is raised for the same file).
 */
final class Manifest {

    static final String NAME = "manifest.yaml";
    static final long MAX_BYTES = 16L << 20;

    private static final Set<String> TOP_KEYS = Set.of("documents");
    private static final Set<String> ENTRY_KEYS = Set.of("file", "title", "publisher", "country", "coverage_year", "url");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    /** One valid entry. Optional fields are null when the manifest leaves them out. */
    record Entry(String file, int line, int col, int coverageYear, int yearLine, int yearCol, String title,
            String publisher, String country, String url) {
    }

    /** Valid entries by file name, in manifest order, and the names of files whose entry is invalid. */
    record Parsed(Map<String, Entry> entries, Set<String> broken) {
        static Parsed empty() {
            return new Parsed(Map.of(), Set.of());
        }
    }

    /** Thrown inside the parser to abandon one entry (or the whole file) after its problem was reported. */
    private static final class Skip extends RuntimeException {
        Skip() {
            super(null, null, false, false);
        }
    }

    private final String display;
    private final Path dir;
    private final Set<String> reports;
    private final Consumer<CorpusProblem> problems;

    private Manifest(String display, Path dir, Set<String> reports, Consumer<CorpusProblem> problems) {
        this.display = display;
        this.dir = dir;
        this.reports = reports;
        this.problems = problems;
    }

    /**
     * Parses the manifest at {@code path}; {@code reports} are the {@code .txt} names present in {@code dir}.
     * Returns null when the file as a whole is unusable (the problem was reported).
     */
    static Parsed read(Path path, String display, Path dir, Set<String> reports, Consumer<CorpusProblem> problems) {
        StringBuilder text = new StringBuilder();
        try {
            TextScanner.Result r = TextScanner.scan(path, display, MAX_BYTES, TextScanner.DEFAULT_CHUNK,
                    "write the manifest as a YAML text file", (CharBuffer cb) -> text.append(cb));
            if (r.blank()) {
                problems.accept(CorpusProblem.error(ExitCode.DATA, YoyException.at(display, 1, 1,
                        "the manifest is empty", "list the reports under 'documents:' or delete the file")));
                return null;
            }
        } catch (YoyException e) {
            problems.accept(CorpusProblem.error(e.exitCode(), e.getMessage()));
            return null;
        }
        YamlNode root;
        try {
            root = new YamlReader(display).read(text.toString());
        } catch (YoyException e) {
            problems.accept(CorpusProblem.error(e.exitCode(), e.getMessage()));
            return null;
        }
        return new Manifest(display, dir, reports, problems).parse(root);
    }

    private Parsed parse(YamlNode root) {
        List<YamlNode> items;
        try {
            YamlNode.Mapping top = mapping(root, "the manifest", TOP_KEYS);
            YamlNode docs = top.entries().get("documents");
            if (docs == null) {
                throw fail(top, "missing key 'documents'", "add 'documents:' with one '- file: ...' entry per report");
            }
            if (!(docs instanceof YamlNode.Sequence seq)) {
                throw fail(docs, "'documents' must be a list, found " + YamlNode.describe(docs),
                        "write each report as '- file: NAME.txt' with its coverage_year");
            }
            items = seq.items();
        } catch (Skip s) {
            return null;
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Set<String> broken = new TreeSet<>();
        for (YamlNode item : items) {
            String named = namedFile(item);
            try {
                YamlNode.Mapping m = mapping(item, "a document entry", ENTRY_KEYS);
                YamlNode fileNode = m.entries().get("file");
                if (fileNode == null) {
                    throw fail(m, "document entry has no 'file'", "add 'file: NAME.txt'");
                }
                String file = text(fileNode, "file");
                Entry first = entries.get(file);
                if (first != null || broken.contains(file)) {
                    named = null; // the first entry for this file decides what happens to it
                    throw fail(fileNode, "duplicate entry for '" + file + "'"
                            + (first != null ? " (first at line " + first.line() + ")" : ""), "keep one entry per report");
                }
                checkFileName(file, fileNode);
                entries.put(file, entry(m, file, fileNode));
            } catch (Skip s) {
                if (named != null) {
                    broken.add(named);
                }
            }
        }
        return new Parsed(Collections.unmodifiableMap(entries), Collections.unmodifiableSet(broken));
    }

    /** The entry's file name if it has a readable one, so that a bad entry still claims its file. */
    private static String namedFile(YamlNode item) {
        if (item instanceof YamlNode.Mapping m && m.entries().get("file") instanceof YamlNode.Scalar s
                && s.kind() == YamlNode.Scalar.Kind.STRING && !s.text().isBlank()) {
            return s.text().strip();
        }
        return null;
    }

    private Entry entry(YamlNode.Mapping m, String file, YamlNode fileNode) {
        YamlNode yearNode = m.entries().get("coverage_year");
        if (yearNode == null) {
            throw fail(m, "entry for '" + file + "' has no 'coverage_year'",
                    "add 'coverage_year: YYYY', the year whose events the report covers");
        }
        int year = year(yearNode);
        String url = optional(m, "url");
        if (url != null && !URL.matcher(url).matches()) {
            throw fail(m.entries().get("url"), "'url' is not a web address: '" + url + "'",
                    "write a full http:// or https:// address, or remove the key");
        }
        return new Entry(file, fileNode.line(), fileNode.col(), year, yearNode.line(), yearNode.col(),
                optional(m, "title"), optional(m, "publisher"), optional(m, "country"), url);
    }

    private int year(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.INTEGER) {
            String fix = node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING
                    && DIGITS.matcher(s.text().strip()).matches()
                    ? "write the number without quotes: coverage_year: " + s.text().strip()
                    : "write a four-digit year, e.g. coverage_year: 1999";
            throw fail(node, "'coverage_year' must be a whole number, found " + YamlNode.describe(node), fix);
        }
        String digits = s.text().strip();
        if (!DIGITS.matcher(digits).matches()) {
            throw fail(node, "'coverage_year' is not a plain year: '" + digits + "'", "write a four-digit year, e.g. 1999");
        }
        int year = Integer.parseInt(digits);
        if (!MetadataInference.plausible(year)) {
            throw fail(node, "implausible coverage_year " + year,
                    "write the year whose events the report covers (" + TextProfile.MIN_YEAR + ".." + TextProfile.MAX_YEAR + ")");
        }
        return year;
    }

    private void checkFileName(String file, YamlNode node) {
        if (file.contains("/") || file.contains("\\")) {
            throw fail(node, "'file' must be a file name in the corpus folder, not a path: '" + file + "'",
                    "move the report into the corpus folder and write its name only");
        }
        if (file.startsWith(".")) {
            throw fail(node, "'" + file + "' is a hidden file, and hidden files are not read", "rename the report");
        }
        if (!CorpusScan.isReportName(file)) {
            throw fail(node, "'" + file + "' is not a report yoy reads", "give it the extension .txt, .html, .htm or .pdf after its format");
        }
        if (!reports.contains(file)) {
            String near = Suggest.nearest(file, reports);
            throw fail(node, "file '" + file + "' does not exist in " + dir,
                    (near != null ? "did you mean '" + near + "'? " : "") + "fix the name or remove the entry");
        }
    }

    private String optional(YamlNode.Mapping m, String key) {
        YamlNode node = m.entries().get(key);
        return node == null ? null : text(node, key);
    }

    private String text(YamlNode node, String key) {
        if (!(node instanceof YamlNode.Scalar s)) {
            throw fail(node, "'" + key + "' must be text, found " + YamlNode.describe(node), "write '" + key + ": value' on one line");
        }
        if (s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            throw fail(node, "'" + key + "' reads as a yes/no value (" + s.text() + "), not text",
                    "quote it: " + key + ": \"" + s.text() + "\"");
        }
        String value = s.text().strip();
        if (s.kind() == YamlNode.Scalar.Kind.NULL || value.isEmpty()) {
            throw fail(node, "'" + key + "' is empty", "write a value or remove the key");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                throw fail(node, "'" + key + "' must be one line of text", "remove the line breaks and control characters");
            }
        }
        return value;
    }

    private YamlNode.Mapping mapping(YamlNode node, String what, Set<String> allowed) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw fail(node, what + " must be a mapping of keys, found " + YamlNode.describe(node), "write 'key: value' lines");
        }
        for (String key : m.entries().keySet()) {
            if (!allowed.contains(key)) {
                int[] pos = m.keyPositions().get(key);
                String near = Suggest.nearest(key, allowed);
                report(pos[0], pos[1], "unknown key '" + key + "' in " + what, near != null
                        ? "did you mean '" + near + "'?"
                        : "valid keys: " + String.join(", ", new TreeSet<>(allowed)));
                throw new Skip();
            }
        }
        return m;
    }

    private Skip fail(YamlNode node, String problem, String fix) {
        report(node.line(), node.col(), problem, fix);
        return new Skip();
    }

    private void report(int line, int col, String problem, String fix) {
        problems.accept(CorpusProblem.error(ExitCode.DATA, YoyException.at(display, line, col, problem, fix)));
    }
}
