package yoy.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import yoy.corpus.Document;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;

/**
 * One hand-written sentence (or short paragraph) of the extraction suite with every figure it must
 * yield. Loaded from {@code src/test/resources/cases/extraction/*.yaml}; format in that folder's README.
 */
record SentenceCase(String file, String id, String style, String country, int coverageYear, String title,
        List<String> points, String text, List<ExpectedFigure> expect) {

    static final List<String> STYLES = List.of("Amnesty International", "Human Rights Watch", "US State Department",
            "Freedom House", "Forum 18");
    private static final Set<String> KEYS = Set.of("id", "style", "country", "coverage_year", "title", "points", "text",
            "expect", "note");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern POINT = Pattern.compile("[a-z][a-z0-9_]*");

    Document document() {
        return new Document(new DocumentMeta(id + ".txt", title, style, country, coverageYear, "", "", ""), text);
    }

    /** All cases of the folder, in file then case order; any malformed case fails with file, case and reason. */
    static List<SentenceCase> loadAll(Path dir, IndicatorSet indicators) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<SentenceCase> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            JsonNode root;
            try {
                root = yaml.readTree(f.toFile());
            } catch (IOException e) {
                throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
            }
            JsonNode cases = root == null ? null : root.get("cases");
            if (cases == null || !cases.isArray()) {
                throw new IllegalArgumentException(name + ": needs a top-level 'cases:' list");
            }
            int n = 0;
            for (JsonNode c : cases) {
                n++;
                String where = name + ": case " + (c.hasNonNull("id") ? c.get("id").asText() : "#" + n);
                try {
                    SentenceCase sc = parse(name, c, indicators);
                    if (!ids.add(sc.id())) {
                        throw new IllegalArgumentException("duplicate id");
                    }
                    all.add(sc);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
        }
        return all;
    }

    private static SentenceCase parse(String file, JsonNode c, IndicatorSet indicators) {
        for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "'; keys are " + KEYS);
            }
        }
        String id = text(c, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String style = text(c, "style");
        if (!STYLES.contains(style)) {
            throw new IllegalArgumentException("style '" + style + "' is not one of " + STYLES);
        }
        String country = text(c, "country");
        JsonNode y = c.get("coverage_year");
        if (y == null || !y.isInt() || y.asInt() < 2005 || y.asInt() > 2030) {
            throw new IllegalArgumentException("coverage_year must be a whole year from 2005 to 2030");
        }
        int year = y.asInt();
        String title = c.hasNonNull("title") ? c.get("title").asText() : defaultTitle(style, country, year);
        List<String> points = new ArrayList<>();
        JsonNode p = c.get("points");
        if (p == null || !p.isArray() || p.isEmpty()) {
            throw new IllegalArgumentException("'points' must list at least one grammar point");
        }
        for (JsonNode point : p) {
            if (!POINT.matcher(point.asText()).matches()) {
                throw new IllegalArgumentException("bad grammar point '" + point.asText() + "'");
            }
            points.add(point.asText());
        }
        String text = text(c, "text");
        JsonNode e = c.get("expect");
        if (e == null || !e.isArray()) {
            throw new IllegalArgumentException("'expect' must be a list ([] when nothing may be extracted)");
        }
        List<ExpectedFigure> expect = new ArrayList<>();
        for (JsonNode row : e) {
            ExpectedFigure f = ExpectedFigure.parse(row.asText());
            Indicator ind = indicators.find(f.indicator()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown indicator '" + f.indicator() + "'; known: " + indicators.ids()));
            if (!f.measure().equals(ExpectedFigure.ANY_MEASURE) && ind.measure(f.measure()) == null) {
                throw new IllegalArgumentException("indicator " + f.indicator() + " has no measure '" + f.measure() + "'");
            }
            if (f.year() < 1990 || f.year() > year) {
                throw new IllegalArgumentException("event year " + f.year() + " is after the coverage year or implausible");
            }
            expect.add(f);
        }
        return new SentenceCase(file, id, style, country, year, title, List.copyOf(points), text, List.copyOf(expect));
    }

    private static String text(JsonNode c, String key) {
        JsonNode n = c.get(key);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is required and must be text");
        }
        return n.asText();
    }

    /** A title in the publisher's own style; its edition year is deliberately not the coverage year for some. */
    static String defaultTitle(String style, String country, int year) {
        return switch (style) {
            case "Amnesty International" -> country + " " + year;
            case "Human Rights Watch" -> "World Report " + (year + 1) + ": " + country;
            case "US State Department" -> year + " Country Reports on Human Rights Practices: " + country;
            case "Freedom House" -> "Freedom in the World " + (year + 1) + ": " + country;
            default -> country.toUpperCase(Locale.ROOT) + ": Religious freedom survey, " + year;
        };
    }
}
