package yoy.indicators;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Loads {@code indicators.yaml} into immutable records, strictly: unknown keys (with the nearest valid
 * key suggested), wrong types, duplicate ids and keys, unsafe ids and bad patterns are refused with
 * {@code file:line:col}. The schema is documented in docs/indicators.md.
 */
public final class IndicatorLoader {

    public static final long MAX_BYTES = 1 << 20;
    static final int MAX_PATTERN_LENGTH = 500;

    private static final Set<String> TOP_KEYS = Set.of("version", "indicators");
    private static final Set<String> INDICATOR_KEYS = Set.of("id", "title", "unit", "short_unit", "description",
            "processing_notes", "decimals", "topic", "nouns", "exclude", "exclude_regex", "reconcile", "partial_period",
            "measures");
    private static final Set<String> MEASURE_KEYS = Set.of("id", "label", "nouns", "bare_number", "cues", "requires",
            "noun_requires", "topic", "year_anchor");
    private static final Set<String> TOPIC_KEYS = Set.of("window", "any");
    private static final Set<String> RESERVED_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final String file;
    private final YamlReader yaml;

    private IndicatorLoader(String file) {
        this.file = file;
        this.yaml = new YamlReader(file);
    }

    public static IndicatorSet load(Path path) {
        String name = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                        "is a folder, not an indicator file", "pass --indicators FILE.yaml"));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new YoyException(ExitCode.DATA, YoyException.at(name, 0, 0,
                        "file is larger than 1 MiB", "split it or remove unused definitions"));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "indicator file does not exist", "pass --indicators FILE or run from the project folder"));
        } catch (IOException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "cannot read indicator file (" + e.getMessage() + ")", "check the path and its permissions"));
        }
        return parse(name, bytes);
    }

    public static IndicatorSet parse(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new YoyException(ExitCode.DATA, YoyException.at(name, 0, 0,
                    "file is larger than 1 MiB", "split it or remove unused definitions"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new YoyException(ExitCode.DATA, YoyException.at(name, 0, 0, "not valid UTF-8", "save the file as UTF-8"));
        }
        return new IndicatorLoader(name).toSet(new YamlReader(name).read(text));
    }

    private IndicatorSet toSet(YamlNode root) {
        YamlNode.Mapping top = mapping(root, "the file", TOP_KEYS);
        YamlNode version = top.entries().get("version");
        if (version != null && !"1".equals(scalar(version, "version", YamlNode.Scalar.Kind.INTEGER))) {
            throw fail(version, "unsupported version " + ((YamlNode.Scalar) version).text(), "use version: 1");
        }
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
            Indicator ind = indicator(item);
            YamlNode first = seen.putIfAbsent(ind.id(), item);
            if (first != null) {
                throw fail(item, "duplicate indicator id '" + ind.id() + "' (first at line " + first.line() + ")",
                        "give each indicator its own id");
            }
            out.add(ind);
        }
        return new IndicatorSet(file, out);
    }

    private Indicator indicator(YamlNode node) {
        YamlNode.Mapping m = mapping(node, "an indicator", INDICATOR_KEYS);
        String id = id(m, "indicator");
        String title = requiredText(m, "title");
        String unit = requiredText(m, "unit");
        String shortUnit = optionalText(m, "short_unit", unit);
        String description = requiredText(m, "description");
        String notes = optionalText(m, "processing_notes", "");
        int decimals = optionalInt(m, "decimals", 0, 0, 6);
        Topic topic = topic(m.entries().get("topic"), Topic.none());
        List<Phrase> nouns = phrases(m, "nouns", false);
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
            Measure measure = measure(item, nouns);
            YamlNode first = seen.putIfAbsent(measure.id(), item);
            if (first != null) {
                throw fail(item, "duplicate measure id '" + measure.id() + "' in indicator '" + id + "'",
                        "give each measure its own id");
            }
            measures.add(measure);
        }
        return new Indicator(id, title, unit, shortUnit, description, notes, decimals, topic, exclude, excludeRegex,
                reconcile, partial, measures);
    }

    private Measure measure(YamlNode node, List<Phrase> indicatorNouns) {
        YamlNode.Mapping m = mapping(node, "a measure", MEASURE_KEYS);
        String id = id(m, "measure");
        String label = optionalText(m, "label", id.replace('_', ' '));
        List<Phrase> nouns = m.entries().containsKey("nouns") ? phrases(m, "nouns", false) : indicatorNouns;
        boolean bare = optionalBoolean(m, "bare_number", false);
        if (nouns.isEmpty() && !bare) {
            throw fail(m, "measure '" + id + "' has no 'nouns'",
                    "list the counted nouns here or on the indicator, or set bare_number: true");
        }
        List<Phrase> cues = phrases(m, "cues", true);
        List<Phrase> requires = phrases(m, "requires", false);
        List<Phrase> nounRequires = phrases(m, "noun_requires", false);
        Topic topic = topic(m.entries().get("topic"), null);
        YearAnchor anchor = choice(m, "year_anchor", YearAnchor.class, YearAnchor.REPORT);
        return new Measure(id, label, nouns, bare, cues, requires, nounRequires, topic, anchor);
    }

    private Topic topic(YamlNode node, Topic fallback) {
        if (node == null) {
            return fallback;
        }
        if (node instanceof YamlNode.Scalar s && "none".equals(s.text())) {
            return Topic.none();
        }
        YamlNode.Mapping m = mapping(node, "a topic", TOPIC_KEYS);
        Window window = choice(m, "window", Window.class, Window.SENTENCE);
        return new Topic(window, phrases(m, "any", true));
    }

    private String id(YamlNode.Mapping m, String what) {
        YamlNode node = m.entries().get("id");
        if (node == null) {
            throw fail(m, what + " has no 'id'", "add 'id: lowercase_name'");
        }
        String id = scalar(node, "id", YamlNode.Scalar.Kind.STRING);
        if (id.isEmpty() || !Indicator.ID.matcher(id).matches()) {
            throw fail(node, "id '" + id + "' is not a safe name",
                    "use 1-64 characters a-z, 0-9 and _, starting with a letter");
        }
        if (RESERVED_NAMES.contains(id)) {
            throw fail(node, "id '" + id + "' is a reserved device name on Windows", "choose another id");
        }
        return id;
    }

    private String requiredText(YamlNode.Mapping m, String key) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            throw fail(m, "missing key '" + key + "'", "add '" + key + ": ...'");
        }
        String text = scalar(node, key, YamlNode.Scalar.Kind.STRING);
        if (text.isBlank()) {
            throw fail(node, "'" + key + "' is empty", "write a value");
        }
        return text.strip();
    }

    private String optionalText(YamlNode.Mapping m, String key, String fallback) {
        YamlNode node = m.entries().get(key);
        return node == null ? fallback : scalar(node, key, YamlNode.Scalar.Kind.STRING).strip();
    }

    private int optionalInt(YamlNode.Mapping m, String key, int fallback, int min, int max) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            return fallback;
        }
        int v = Integer.parseInt(scalar(node, key, YamlNode.Scalar.Kind.INTEGER));
        if (v < min || v > max) {
            throw fail(node, "'" + key + "' must be between " + min + " and " + max, "fix the number");
        }
        return v;
    }

    private boolean optionalBoolean(YamlNode.Mapping m, String key, boolean fallback) {
        YamlNode node = m.entries().get(key);
        return node == null ? fallback : Boolean.parseBoolean(scalar(node, key, YamlNode.Scalar.Kind.BOOLEAN));
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
        throw fail(node, "'" + key + "' cannot be '" + text + "'", "use one of " + String.join(", ", valid));
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
            String text = scalar(item, key, YamlNode.Scalar.Kind.STRING);
            if (text.isBlank()) {
                throw fail(item, "empty phrase in '" + key + "'", "remove it");
            }
            if (text.length() > 200) {
                throw fail(item, "phrase in '" + key + "' is longer than 200 characters", "shorten it");
            }
            out.add(Phrase.parse(text));
        }
        return out;
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
            String text = scalar(item, key, YamlNode.Scalar.Kind.STRING);
            if (text.length() > MAX_PATTERN_LENGTH) {
                throw fail(item, "indicator '" + indicatorId + "': pattern longer than " + MAX_PATTERN_LENGTH + " characters",
                        "shorten it");
            }
            try {
                out.add(Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw fail(item, "indicator '" + indicatorId + "': bad regular expression: " + e.getDescription()
                        + " near index " + e.getIndex(), "fix the pattern (Java regex syntax)");
            }
        }
        return out;
    }

    private String scalar(YamlNode node, String key, YamlNode.Scalar.Kind want) {
        if (!(node instanceof YamlNode.Scalar s)) {
            throw fail(node, "'" + key + "' must be " + kindName(want) + ", found " + YamlNode.describe(node), "fix its value");
        }
        if (s.kind() == want) {
            return s.text();
        }
        if (want == YamlNode.Scalar.Kind.STRING && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            throw fail(node, "'" + key + "' reads as a yes/no value (" + s.text() + "), not text",
                    "quote it: " + key + ": \"" + s.text() + "\"");
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
                throw yaml.error(pos[0], pos[1], "unknown key '" + e.getKey() + "' in " + what,
                        near != null ? "did you mean '" + near + "'?" : "valid keys: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return m;
    }

    private YoyException fail(YamlNode node, String problem, String fix) {
        return yaml.error(node.line(), node.col(), problem, fix);
    }
}
