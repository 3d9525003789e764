package yoy.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Loads {@code indicators.yaml} into immutable records, strictly: unknown keys (with the nearest valid
 * key suggested), wrong types, YAML 1.1 look-alikes ({@code unit: NO}), duplicate ids and keys, unsafe ids,
 * bad or catastrophic patterns are refused with {@code file:line:col}. The schema is documented in
 * docs/indicators.md.
 *
 * <p>{@link #load} and {@link #parse} stop at the first problem; {@link #check} goes on past a broken
 * definition and returns every problem, for {@code yoy validate}. Both apply the same rules.
 */
public final class IndicatorLoader {

    public static final long MAX_BYTES = 1 << 20;
    static final int MAX_PATTERN_LENGTH = 500;
    static final int MAX_PHRASE_LENGTH = 200;
    static final int MAX_ID_LENGTH = 64;

    private static final Set<String> TOP_KEYS = Set.of("version", "kinds", "indicators");
    private static final Set<String> INDICATOR_KEYS = Set.of("id", "title", "unit", "short_unit", "description",
            "processing_notes", "decimals", "topic", "nouns", "counts", "exclude", "exclude_regex", "reconcile", "partial_period",
            "measures");
    private static final Set<String> MEASURE_KEYS = Set.of("id", "label", "nouns", "counts", "bare_number", "cues", "requires",
            "noun_requires", "topic", "year_anchor", "counts_one");
    private static final Set<String> TOPIC_KEYS = Set.of("window", "any");
    /** Names Windows gives to devices, whatever the case or extension: a file called {@code con.csv} cannot be made. */
    private static final Set<String> RESERVED_NAMES = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9]{0,8})");

    private final String file;
    private final YamlReader yaml;
    /** Receives each broken definition: rethrows it when loading, collects it when checking. */
    private final Consumer<YoyException> problems;
    /** The kinds of counted thing defined under {@code kinds:}, by name, read before the indicators. */
    private Map<String, List<Phrase>> kinds = Map.of();
    /** One list per distinct {@code counts}, so that the rules ask about each list of nouns once. */
    private final Map<List<String>, List<Phrase>> countsLists = new HashMap<>();

    private IndicatorLoader(String file, Consumer<YoyException> problems) {
        this.file = file;
        this.yaml = new YamlReader(file);
        this.problems = problems;
    }

    /** Loads the file, or throws the first problem as a {@link YoyException} (65 bad data, 66 missing file). */
    public static IndicatorSet load(Path path) {
        return parse(path.toString(), read(path));
    }

    /** As {@link #load}, for bytes already read; {@code name} is how messages name the file. */
    public static IndicatorSet parse(String name, byte[] bytes) {
        IndicatorLoader loader = new IndicatorLoader(name, e -> {
            throw e;
        });
        return new IndicatorSet(name, loader.toList(loader.tree(bytes)));
    }

    /** Every problem of the file, without throwing: for {@code yoy validate}. */
    public static IndicatorCheck check(Path path) {
        byte[] bytes;
        try {
            bytes = read(path);
        } catch (YoyException e) {
            return new IndicatorCheck(path.toString(), List.of(), List.of(problem(e)));
        }
        return check(path.toString(), bytes);
    }

    /** As {@link #check(Path)}, for bytes already read. */
    public static IndicatorCheck check(String name, byte[] bytes) {
        List<IndicatorProblem> found = new ArrayList<>();
        IndicatorLoader loader = new IndicatorLoader(name, e -> found.add(problem(e)));
        List<Indicator> loaded = List.of();
        try {
            loaded = loader.toList(loader.tree(bytes));
        } catch (YoyException e) {
            found.add(problem(e));
        }
        return new IndicatorCheck(name, loaded, found);
    }

    private static IndicatorProblem problem(YoyException e) {
        return new IndicatorProblem(e.exitCode(), e.getMessage());
    }

    /** Reads at most {@link #MAX_BYTES} + 1 bytes, so that a huge file or a device such as /dev/zero cannot exhaust memory. */
    private static byte[] read(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "is a folder, not an indicator file", "pass --indicators FILE.yaml"));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "indicator file does not exist", "pass --indicators FILE or run from the project folder"));
        } catch (AccessDeniedException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "cannot read indicator file (permission denied)", "check its permissions"));
        } catch (IOException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "cannot read indicator file (" + Text.clip(String.valueOf(e.getMessage())) + ")",
                    "check the path and its permissions"));
        }
    }

    private YamlNode tree(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new YoyException(ExitCode.DATA, YoyException.at(file, 0, 0,
                    "file is larger than 1 MiB", "split it or remove unused definitions"));
        }
        return yaml.read(decode(bytes), "write at least 'indicators:' with one definition");
    }

    /** Strict UTF-8; a bad byte is reported at its line and column. */
    private String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String before = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, lineStart, bad - lineStart)).toString();
            int col = before.codePointCount(0, before.length()) + 1;
            boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                    || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
            throw yaml.error(line, col, utf16 ? "the file is UTF-16, not UTF-8"
                    : String.format(Locale.ROOT, "not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xFF),
                    "save the file as UTF-8");
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private List<Indicator> toList(YamlNode root) {
        YamlNode.Mapping top = mapping(root, "the file", TOP_KEYS);
        YamlNode version = top.entries().get("version");
        if (version != null && integer(version, "version") != 1) {
            throw fail(version, "unsupported version " + ((YamlNode.Scalar) version).text(), "use version: 1");
        }
        kinds = kinds(top.entries().get("kinds"));
        YamlNode list = top.entries().get("indicators");
        if (list == null) {
            throw fail(root, "missing key 'indicators'", "add 'indicators:' with a list of definitions");
        }
        if (!(list instanceof YamlNode.Sequence seq)) {
            throw fail(list, "'indicators' must be a list, found " + YamlNode.describe(list), "write each indicator as '- id: ...'");
        }
        if (seq.items().isEmpty()) {
            throw fail(list, "'indicators' is empty", "define at least one indicator");
        }
        List<Indicator> out = new ArrayList<>();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            try {
                Indicator ind = indicator(item);
                YamlNode idNode = ((YamlNode.Mapping) item).entries().get("id");
                YamlNode first = seen.putIfAbsent(ind.id(), idNode);
                if (first != null) {
                    throw fail(idNode, "duplicate indicator id '" + ind.id() + "' (first at line " + first.line() + ")",
                            "give each indicator its own id");
                }
                out.add(ind);
            } catch (YoyException e) {
                problems.accept(e);
            }
        }
        return out;
    }

    private Indicator indicator(YamlNode node) {
        YamlNode.Mapping m = mapping(node, "an indicator", INDICATOR_KEYS);
        String id = id(m, "an indicator");
        String title = requiredText(m, "title");
        String unit = requiredText(m, "unit");
        String shortUnit = optionalText(m, "short_unit", unit);
        String description = requiredLongText(m, "description");
        String notes = optionalLongText(m, "processing_notes");
        int decimals = optionalInt(m, "decimals", 0, 0, 6);
        Topic topic = topic(m.entries().get("topic"), Topic.none());
        List<Phrase> nouns = phrases(m, "nouns", false);
        List<Phrase> kindNouns = counts(m, List.of());
        List<Phrase> exclude = phrases(m, "exclude", false);
        List<Pattern> excludeRegex = patterns(m, "exclude_regex", id);
        ReconcilePolicy reconcile = choice(m, "reconcile", ReconcilePolicy.class, ReconcilePolicy.MAX);
        PartialPeriodPolicy partial = choice(m, "partial_period", PartialPeriodPolicy.class, PartialPeriodPolicy.NONE);
        YamlNode measuresNode = m.entries().get("measures");
        if (measuresNode == null) {
            throw fail(m, "indicator '" + id + "' has no 'measures'", "add at least one measure with id and cues");
        }
        if (!(measuresNode instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            throw fail(measuresNode, "'measures' must be a non-empty list", "write each measure as '- id: ...'");
        }
        List<Measure> measures = new ArrayList<>();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            Measure measure = measure(item, nouns, kindNouns);
            YamlNode idNode = ((YamlNode.Mapping) item).entries().get("id");
            YamlNode first = seen.putIfAbsent(measure.id(), idNode);
            if (first != null) {
                throw fail(idNode, "duplicate measure id '" + measure.id() + "' in indicator '" + id
                        + "' (first at line " + first.line() + ")", "give each measure its own id");
            }
            measures.add(measure);
        }
        return new Indicator(id, title, unit, shortUnit, description, notes, decimals, topic, exclude, excludeRegex,
                reconcile, partial, measures);
    }

    private Measure measure(YamlNode node, List<Phrase> indicatorNouns, List<Phrase> indicatorKindNouns) {
        YamlNode.Mapping m = mapping(node, "a measure", MEASURE_KEYS);
        String id = id(m, "a measure");
        String label = optionalText(m, "label", id.replace('_', ' '));
        List<Phrase> nouns = m.entries().containsKey("nouns") ? phrases(m, "nouns", false) : indicatorNouns;
        List<Phrase> kindNouns = counts(m, indicatorKindNouns);
        boolean bare = optionalBoolean(m, "bare_number", false);
        if (nouns.isEmpty() && kindNouns.isEmpty() && !bare) {
            throw fail(m, "measure '" + id + "' has no 'nouns'",
                    "list the counted nouns here or on the indicator, name the kinds it 'counts', or set bare_number: true");
        }
        List<Phrase> cues = phrases(m, "cues", true);
        List<Phrase> requires = phrases(m, "requires", false);
        List<Phrase> nounRequires = phrases(m, "noun_requires", false);
        Topic topic = topic(m.entries().get("topic"), null);
        YearAnchor anchor = choice(m, "year_anchor", YearAnchor.class, YearAnchor.REPORT);
        boolean countsOne = optionalBoolean(m, "counts_one", false);
        return new Measure(id, label, nouns, kindNouns, bare, cues, requires, nounRequires, topic, anchor, countsOne);
    }

    /**
     * {@code kinds:}, a mapping of kind names (such as people, events) to the nouns of that kind. A kind is general
     * English, shared by every indicator that {@code counts} it.
     */
    private Map<String, List<Phrase>> kinds(YamlNode node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            throw fail(node, "'kinds' must be a mapping of kind names to lists of nouns, found " + YamlNode.describe(node),
                    "write 'kinds:' then lines such as '  people: [people, persons]'");
        }
        Map<String, List<Phrase>> out = new HashMap<>();
        for (String name : m.entries().keySet()) {
            if (!Indicator.ID.matcher(name).matches()) {
                int[] pos = m.keyPositions().get(name);
                throw yaml.error(pos[0], pos[1], "kind name " + Text.quote(name) + " is not a plain lower-case name",
                        "use a-z, 0-9 and _, starting with a letter");
            }
            out.put(name, phrases(m, name, true));
        }
        return out;
    }

    /** The nouns of the kinds named by {@code counts}, or {@code fallback} when the key is absent. */
    private List<Phrase> counts(YamlNode.Mapping m, List<Phrase> fallback) {
        YamlNode node = m.entries().get("counts");
        if (node == null) {
            return fallback;
        }
        if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            throw fail(node, "'counts' must be a non-empty list of kinds", "write 'counts: [people]'");
        }
        List<Phrase> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            String kind = scalar(item, "counts", YamlNode.Scalar.Kind.STRING);
            names.add(kind);
            List<Phrase> nouns = kinds.get(kind);
            if (nouns == null) {
                String near = Suggest.nearest(kind, kinds.keySet());
                throw fail(item, "unknown kind " + Text.quote(kind) + " in 'counts'", near != null
                        ? "did you mean '" + near + "'?"
                        : kinds.isEmpty() ? "define it under 'kinds:' at the top of the file"
                                : "use one of " + String.join(", ", new TreeSet<>(kinds.keySet())));
            }
            out.addAll(nouns);
        }
        return countsLists.computeIfAbsent(names, k -> List.copyOf(out));
    }

    private Topic topic(YamlNode node, Topic fallback) {
        if (node == null) {
            return fallback;
        }
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING && "none".equals(s.text())) {
            return Topic.none();
        }
        if (node instanceof YamlNode.Scalar) {
            throw fail(node, "'topic' must be 'none' or a mapping, found " + YamlNode.describe(node),
                    "write 'topic: {window: sentence, any: [word, another]}'");
        }
        YamlNode.Mapping m = mapping(node, "a topic", TOPIC_KEYS);
        Window window = choice(m, "window", Window.class, Window.SENTENCE);
        return new Topic(window, phrases(m, "any", true));
    }

    /** An id is used as a file name: lower case a-z, 0-9 and _, starting with a letter, and not a Windows device name. */
    private String id(YamlNode.Mapping m, String what) {
        YamlNode node = m.entries().get("id");
        if (node == null) {
            throw fail(m, what + " has no 'id'", "add 'id: lowercase_name'");
        }
        String id = scalar(node, "id", YamlNode.Scalar.Kind.STRING);
        String safe = "use 1-" + MAX_ID_LENGTH + " characters a-z, 0-9 and _, starting with a letter";
        if (id.isEmpty()) {
            throw fail(node, "'id' is empty", safe);
        }
        if (RESERVED_NAMES.contains(id.toLowerCase(Locale.ROOT))) {
            throw fail(node, "id " + Text.quote(id) + " is a reserved device name on Windows", "choose another id");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw fail(node, "id " + Text.quote(id) + " is longer than " + MAX_ID_LENGTH + " characters", "shorten it");
        }
        if (!Indicator.ID.matcher(id).matches()) {
            String lower = id.toLowerCase(Locale.ROOT);
            String hint = !lower.equals(id) && Indicator.ID.matcher(lower).matches()
                    ? "ids are lower case: write '" + lower + "'" : safe;
            throw fail(node, "id " + Text.quote(id) + " is not a safe file name", hint);
        }
        return id;
    }

    /** One-line text: titles, units, labels. */
    private String requiredText(YamlNode.Mapping m, String key) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            throw fail(m, "missing key '" + key + "'", "add '" + key + ": ...'");
        }
        return oneLine(node, key, true);
    }

    private String optionalText(YamlNode.Mapping m, String key, String fallback) {
        YamlNode node = m.entries().get(key);
        return node == null ? fallback : oneLine(node, key, false);
    }

    private String oneLine(YamlNode node, String key, boolean required) {
        String text = scalar(node, key, YamlNode.Scalar.Kind.STRING).strip();
        if (required && text.isEmpty()) {
            throw fail(node, "'" + key + "' is empty", "write a value");
        }
        int bad = firstControl(text, false);
        if (bad >= 0) {
            char c = text.charAt(bad);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
            throw fail(node, "'" + key + "' " + controlProblem(c), lineBreak ? "keep it on one line" : "remove it");
        }
        return text;
    }

    /** Paragraph text: descriptions and notes, which may hold line breaks. */
    private String requiredLongText(YamlNode.Mapping m, String key) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            throw fail(m, "missing key '" + key + "'", "add '" + key + ": ...'");
        }
        String text = longText(node, key);
        if (text.isEmpty()) {
            throw fail(node, "'" + key + "' is empty", "write a value");
        }
        return text;
    }

    private String optionalLongText(YamlNode.Mapping m, String key) {
        YamlNode node = m.entries().get(key);
        return node == null ? "" : longText(node, key);
    }

    private String longText(YamlNode node, String key) {
        String text = scalar(node, key, YamlNode.Scalar.Kind.STRING).strip();
        int bad = firstControl(text, true);
        if (bad >= 0) {
            throw fail(node, "'" + key + "' " + controlProblem(text.charAt(bad)), "remove it");
        }
        return text;
    }

    private static int firstControl(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) || c == '\u2028' || c == '\u2029') && !(lineBreaksAllowed && c == '\n')) {
                return i;
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i; // a lone surrogate, which a YAML escape can make: not a character, cannot be written as UTF-8
            }
        }
        return -1;
    }

    private static String controlProblem(char c) {
        if (Character.isSurrogate(c)) {
            return String.format(Locale.ROOT, "contains an unpaired surrogate U+%04X", (int) c);
        }
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? "contains a line break"
                : String.format(Locale.ROOT, "contains control character U+%04X", (int) c);
    }

    private int optionalInt(YamlNode.Mapping m, String key, int fallback, int min, int max) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            return fallback;
        }
        int v = integer(node, key);
        if (v < min || v > max) {
            throw fail(node, "'" + key + "' must be between " + min + " and " + max + ", found " + v, "fix the number");
        }
        return v;
    }

    /**
     * A whole number written plainly. YAML 1.1 reads {@code 010} as octal 8 and {@code 0x10} as 16; such
     * spellings are refused rather than guessed.
     */
    private int integer(YamlNode node, String key) {
        String text = scalar(node, key, YamlNode.Scalar.Kind.INTEGER);
        if (!PLAIN_INTEGER.matcher(text).matches()) {
            String why = text.matches("[-+]?0[0-9_]+") ? "a leading zero, which YAML 1.1 reads as an octal number"
                    : "not a plain whole number";
            throw fail(node, "'" + key + "' is " + Text.quote(text) + ", " + why, "write it with the digits 0-9 only, e.g. 2");
        }
        return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
    }

    /** Only {@code true} and {@code false}: YAML 1.1's yes/no/on/off are refused, since other YAML readers disagree on them. */
    private boolean optionalBoolean(YamlNode.Mapping m, String key, boolean fallback) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            return fallback;
        }
        String text = scalar(node, key, YamlNode.Scalar.Kind.BOOLEAN);
        if (!text.equals("true") && !text.equals("false")) {
            throw fail(node, "'" + key + "' is " + Text.quote(text) + ", a YAML 1.1 spelling of yes/no",
                    "write true or false");
        }
        return text.equals("true");
    }

    private <E extends Enum<E>> E choice(YamlNode.Mapping m, String key, Class<E> type, E fallback) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            return fallback;
        }
        String text = scalar(node, key, YamlNode.Scalar.Kind.STRING);
        List<String> valid = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            String code = e.name().toLowerCase(Locale.ROOT);
            valid.add(code);
            if (code.equals(text)) {
                return e;
            }
        }
        String near = Suggest.nearest(text, valid);
        throw fail(node, "'" + key + "' cannot be " + Text.quote(text),
                near != null ? "did you mean '" + near + "'?" : "use one of " + String.join(", ", valid));
    }

    private List<Phrase> phrases(YamlNode.Mapping m, String key, boolean required) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            if (required) {
                throw fail(m, "missing key '" + key + "'", "add '" + key + ": [word, another phrase]'");
            }
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw fail(node, "'" + key + "' must be a list, found " + YamlNode.describe(node), "write '" + key + ": [a, b]'");
        }
        if (required && seq.items().isEmpty()) {
            throw fail(node, "'" + key + "' is empty", "list at least one phrase");
        }
        List<Phrase> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            out.add(phrase(item, key));
        }
        return out;
    }

    private Phrase phrase(YamlNode item, String key) {
        String text = scalar(item, key, YamlNode.Scalar.Kind.STRING);
        if (text.length() > MAX_PHRASE_LENGTH) {
            throw fail(item, "phrase in '" + key + "' is longer than " + MAX_PHRASE_LENGTH + " characters", "shorten it");
        }
        int bad = firstControl(text, false);
        if (bad >= 0) {
            throw fail(item, "phrase in '" + key + "' " + controlProblem(text.charAt(bad)), "remove it");
        }
        Phrase phrase = text.isBlank() ? null : Phrase.parse(text);
        if (phrase == null || phrase.words().isEmpty()) {
            throw fail(item, "empty phrase in '" + key + "'", "remove it");
        }
        for (String word : phrase.words()) {
            int star = word.indexOf('*');
            if (word.equals("*")) {
                throw fail(item, "phrase " + Text.quote(text) + " in '" + key + "' has a lone '*', which matches every word",
                        "put a word stem before it, e.g. protest*");
            }
            if (star >= 0 && star < word.length() - 1) {
                throw fail(item, "phrase " + Text.quote(text) + " in '" + key + "' has '*' inside a word",
                        "'*' may only end a word, e.g. protest*");
            }
        }
        return phrase;
    }

    private List<Pattern> patterns(YamlNode.Mapping m, String key, String indicatorId) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw fail(node, "'" + key + "' must be a list of regular expressions", "write '" + key + ": [\"pattern\"]'");
        }
        List<Pattern> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            out.add(pattern(item, key, indicatorId));
        }
        return out;
    }

    /**
     * Compiles one pattern (case-insensitive), refusing what would hurt a run: a syntax error, more than
     * {@link #MAX_PATTERN_LENGTH} characters, nested unbounded repetition (see {@link RegexLint}), and a
     * pattern that matches empty text, which would stop every figure of the indicator.
     */
    private Pattern pattern(YamlNode item, String key, String indicatorId) {
        String text = scalar(item, key, YamlNode.Scalar.Kind.STRING);
        String where = "indicator '" + indicatorId + "': ";
        if (text.isEmpty()) {
            throw fail(item, where + "empty pattern in '" + key + "'", "remove it");
        }
        if (text.length() > MAX_PATTERN_LENGTH) {
            throw fail(item, where + "pattern longer than " + MAX_PATTERN_LENGTH + " characters", "shorten it");
        }
        Pattern p;
        try {
            p = Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw fail(item, where + "bad regular expression " + Text.quote(text) + ": " + e.getDescription()
                    + " near index " + e.getIndex(), "fix the pattern (Java regex syntax)");
        } catch (RuntimeException | StackOverflowError e) {
            throw fail(item, where + "regular expression " + Text.quote(text) + " cannot be compiled",
                    "simplify the pattern");
        }
        int nested = RegexLint.nestedQuantifier(text);
        if (nested >= 0) {
            throw fail(item, where + "pattern " + Text.quote(text) + " repeats a group that itself repeats (index "
                    + nested + "), which can take exponential time",
                    "repeat once, e.g. (a+)+ -> a+, or make the inner repetition possessive (a++)");
        }
        if (p.matcher("").find()) {
            throw fail(item, where + "pattern " + Text.quote(text) + " matches empty text, so it would stop every figure",
                    "make it require at least one character");
        }
        return p;
    }

    private String scalar(YamlNode node, String key, YamlNode.Scalar.Kind want) {
        if (!(node instanceof YamlNode.Scalar s)) {
            throw fail(node, "'" + key + "' must be " + kindName(want) + ", found " + YamlNode.describe(node), "fix its value");
        }
        if (s.kind() == want) {
            return s.text();
        }
        if (want == YamlNode.Scalar.Kind.STRING && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            throw fail(node, "'" + key + "' reads as a yes/no value (" + Text.clip(s.text()) + "), not text",
                    "quote it: \"" + Text.clip(s.text()) + "\"");
        }
        if (want == YamlNode.Scalar.Kind.STRING && s.kind() != YamlNode.Scalar.Kind.NULL) {
            return s.text();
        }
        throw fail(node, "'" + key + "' must be " + kindName(want) + ", found " + YamlNode.describe(node), "fix its value");
    }

    private static String kindName(YamlNode.Scalar.Kind kind) {
        return switch (kind) {
            case STRING -> "text";
            case INTEGER -> "a whole number";
            case FLOAT -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "empty";
        };
    }

    private YamlNode.Mapping mapping(YamlNode node, String what, Set<String> allowed) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw fail(node, what + " must be a mapping of keys, found " + YamlNode.describe(node), "write 'key: value' lines");
        }
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                int[] pos = m.keyPositions().get(e.getKey());
                String near = Suggest.nearest(e.getKey(), allowed);
                throw yaml.error(pos[0], pos[1], "unknown key " + Text.quote(e.getKey()) + " in " + what,
                        near != null ? "did you mean '" + near + "'?" : "valid keys: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return m;
    }

    private YoyException fail(YamlNode node, String problem, String fix) {
        return yaml.error(node.line(), node.col(), problem, fix);
    }
}
