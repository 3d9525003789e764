package yoy.indicators;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Reads YAML into {@link YamlNode}s with positions. It refuses what makes configuration files
 * ambiguous or dangerous: anchors and aliases (no alias bombs), tags, duplicate keys, tab indentation,
 * byte-order marks, NUL and other control characters, more than one document, and nesting deeper than
 * {@link #MAX_DEPTH}. Every refusal is a {@link YoyException} with exit code 65 and {@code file:line:col}.
 */
public final class YamlReader {

    static final int MAX_DEPTH = 64;
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final String file;

    public YamlReader(String file) {
        this.file = file;
    }

    public YamlNode read(String text) {
        return read(text, "write at least the top-level key");
    }

    /** As {@link #read(String)}; {@code emptyFix} tells what to write when the file holds no YAML at all. */
    public YamlNode read(String text, String emptyFix) {
        precheck(text);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = next(p);
            if (t == null) {
                throw error(1, 1, "the file is empty", emptyFix);
            }
            YamlNode root = readValue(p, 0);
            if (next(p) != null) {
                JsonLocation loc = p.currentTokenLocation();
                throw error(loc.getLineNr(), loc.getColumnNr(), "more than one YAML document (a second '---')",
                        "keep one document per file");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw error(0, 0, "cannot parse (" + Text.quote(String.valueOf(e.getMessage())) + ")",
                    "check that the file is YAML");
        } catch (StackOverflowError e) {
            throw error(0, 0, "nesting is too deep", "flatten the file");
        }
    }

    /**
     * Checks the raw text before the YAML parser sees it, so that each problem gets its exact place: the
     * parser either accepts these silently (a BOM) or fails without a useful position (control characters).
     */
    private void precheck(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            throw error(1, 1, "the file starts with a byte-order mark (BOM)", "save it as UTF-8 without BOM");
        }
        int line = 1;
        int col = 1;
        boolean indent = true;
        int tabCol = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                col = 1;
                indent = true;
                tabCol = 0;
                continue;
            }
            if (c == '\0') {
                throw error(line, col, "NUL byte in a text file", "remove it and save the file as plain UTF-8 text");
            }
            if (!printable(c)) {
                throw error(line, col, String.format(Locale.ROOT, "control character U+%04X is not allowed", (int) c),
                        "remove it, or write it as an escape inside double quotes");
            }
            if (indent) {
                if (c == '\t' && tabCol == 0) {
                    tabCol = col;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    if (tabCol > 0) {
                        throw error(line, tabCol, "tab used for indentation", "indent with spaces");
                    }
                    indent = false;
                }
            }
            col++;
        }
    }

    /** YAML 1.2's printable set (tab, line breaks and everything but C0/C1 controls and U+FFFE/U+FFFF). */
    private static boolean printable(char c) {
        return c == '\t' || c == '\r' || c == '\n' || c == '\u0085'
                || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c != '\uFFFE' && c != '\uFFFF');
    }

    private YamlNode readValue(JsonParser p, int depth) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw error(line, col, "nesting is deeper than " + MAX_DEPTH + " levels", "flatten the file");
        }
        if (p instanceof YAMLParser yp) {
            if (yp.isCurrentAlias()) {
                throw error(line, col, "YAML alias '*" + Text.clip(p.getText()) + "' is not allowed",
                        "write the value out in full");
            }
            if (yp.getObjectId() != null) {
                throw error(line, col, "YAML anchor '&" + Text.clip(yp.getObjectId()) + "' is not allowed",
                        "remove the anchor");
            }
            if (yp.getTypeId() != null) {
                throw error(line, col, "YAML tag '" + tagName(yp.getTypeId()) + "' is not allowed",
                        "remove it (put text in quotes if it must not be read as a number or yes/no)");
            }
        }
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> readMapping(p, depth, line, col);
            case START_ARRAY -> readSequence(p, depth, line, col);
            case VALUE_STRING -> new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.STRING, line, col);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.INTEGER, line, col);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.FLOAT, line, col);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.BOOLEAN, line, col);
            case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, line, col);
            default -> throw error(line, col, "unsupported YAML value", "use plain text, numbers, lists and mappings");
        };
    }

    private static String tagName(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : "!" + Text.clip(tag);
    }

    private YamlNode readMapping(JsonParser p, int depth, int line, int col) throws IOException {
        LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, int[]> positions = new HashMap<>();
        JsonToken t;
        while ((t = next(p)) == JsonToken.FIELD_NAME) {
            JsonLocation kl = p.currentTokenLocation();
            String key = p.currentName();
            if (entries.containsKey(key)) {
                int[] first = positions.get(key);
                throw error(kl.getLineNr(), kl.getColumnNr(),
                        "duplicate key " + Text.quote(key) + " (first at line " + first[0] + ")", "keep one of them");
            }
            positions.put(key, new int[] {kl.getLineNr(), kl.getColumnNr()});
            if (next(p) == null) {
                throw error(kl.getLineNr(), kl.getColumnNr(), "the file ends inside a mapping", "complete or remove the key");
            }
            entries.put(key, readValue(p, depth + 1));
        }
        if (t != JsonToken.END_OBJECT) {
            throw unexpectedEnd(p);
        }
        return new YamlNode.Mapping(entries, positions, line, col);
    }

    private YamlNode readSequence(JsonParser p, int depth, int line, int col) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = next(p)) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw unexpectedEnd(p);
            }
            items.add(readValue(p, depth + 1));
        }
        return new YamlNode.Sequence(items, line, col);
    }

    private YoyException unexpectedEnd(JsonParser p) {
        JsonLocation loc = p.currentLocation();
        return error(loc.getLineNr(), loc.getColumnNr(), "the file ends inside a list or mapping", "close it");
    }

    /**
     * The parser's next token. The YAML library reports most syntax errors as {@link JsonProcessingException}s,
     * but a few malformed inputs surface as other runtime exceptions; those too are the file's fault, not ours,
     * so they become the same one-line error at the parser's position.
     */
    private JsonToken next(JsonParser p) throws IOException {
        try {
            return p.nextToken();
        } catch (JsonProcessingException e) {
            throw e;
        } catch (RuntimeException e) {
            JsonLocation loc = p.currentLocation();
            throw error(loc.getLineNr(), loc.getColumnNr(), "malformed YAML (" + Text.quote(String.valueOf(e.getMessage()))
                    + ")", "check the indentation and quoting near this point");
        }
    }

    /**
     * SnakeYAML's own wording ("found character '%' that cannot start any token") at the point it names,
     * without the context lines Jackson adds. A non-text key ({@code ? [a, b]}) gets a plainer message.
     */
    private YoyException malformed(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : loc.getColumnNr();
        String problem = null;
        for (Throwable c = e; c != null && problem == null; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
                problem = m.getProblem();
            }
        }
        if (problem == null) {
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            problem = original.lines().findFirst().orElse("").strip();
        }
        if (problem.startsWith("Expected a field name")) {
            return error(line, col, "a key must be plain text", "write 'key: value' (YAML complex keys, '? ', are not supported)");
        }
        problem = Text.clip(plain(problem.replaceAll("\\s+", " ").strip()), 2 * Text.MAX);
        return error(line, col, "malformed YAML: " + (problem.isEmpty() ? "cannot read it" : problem),
                "check the indentation and quoting near this point");
    }

    /** SnakeYAML names tokens like {@code <block end>}; these are their plain-English meanings. */
    private static String plain(String problem) {
        return problem.replace("<stream end>", "the end of the file")
                .replace("'<block end>'", "a less indented line").replace("<block end>", "a less indented line")
                .replace("'<block mapping start>'", "a more indented key")
                .replace("'<block sequence start>'", "a more indented list")
                .replace("<scalar>", "a value")
                .replace("'<scalar>'", "a value");
    }

    YoyException error(int line, int col, String problem, String fix) {
        return new YoyException(ExitCode.DATA, YoyException.at(file, line, col, problem, fix));
    }
}
