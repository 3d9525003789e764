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
import java.util.Map;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Reads YAML into {@link YamlNode}s with positions. It refuses what makes configuration files
 * ambiguous or dangerous: anchors and aliases, duplicate keys, tab indentation, NUL bytes, nesting
 * deeper than {@link #MAX_DEPTH}.
 */
public final class YamlReader {

    static final int MAX_DEPTH = 64;
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final String file;

    public YamlReader(String file) {
        this.file = file;
    }

    public YamlNode read(String text) {
        precheck(text);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw error(1, 1, "the file is empty", "write at least the top-level key");
            }
            YamlNode root = readValue(p, 0);
            if (p.nextToken() != null) {
                JsonLocation loc = p.currentTokenLocation();
                throw error(loc.getLineNr(), loc.getColumnNr(), "more than one YAML document", "keep one document per file");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML").trim();
            throw error(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "malformed YAML: " + msg, "check the indentation and quoting near this point");
        } catch (IOException e) {
            throw new YoyException(ExitCode.DATA, YoyException.at(file, 0, 0, "cannot parse: " + e.getMessage(), null));
        } catch (StackOverflowError e) {
            throw error(0, 0, "nesting is too deep", "flatten the file");
        }
    }

    private void precheck(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            throw error(1, 1, "the file starts with a byte-order mark", "save it as UTF-8 without BOM");
        }
        int line = 1;
        int col = 1;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw error(line, col, "NUL byte in a text file", "remove the binary data");
            }
            if (c == '\n') {
                line++;
                col = 1;
                atLineStart = true;
                continue;
            }
            if (atLineStart && c == '\t') {
                throw error(line, col, "tab used for indentation", "indent with spaces");
            }
            if (c != ' ') {
                atLineStart = false;
            }
            col++;
        }
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
                throw error(line, col, "YAML alias '*" + p.getText() + "' is not allowed", "write the value out in full");
            }
            if (yp.getObjectId() != null) {
                throw error(line, col, "YAML anchor '&" + yp.getObjectId() + "' is not allowed", "remove the anchor");
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

    private YamlNode readMapping(JsonParser p, int depth, int line, int col) throws IOException {
        LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, int[]> positions = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation kl = p.currentTokenLocation();
            String key = p.currentName();
            if (entries.containsKey(key)) {
                int[] first = positions.get(key);
                throw error(kl.getLineNr(), kl.getColumnNr(), "duplicate key '" + key + "' (first at line " + first[0] + ")",
                        "keep one of them");
            }
            p.nextToken();
            positions.put(key, new int[] {kl.getLineNr(), kl.getColumnNr()});
            entries.put(key, readValue(p, depth + 1));
        }
        return new YamlNode.Mapping(entries, positions, line, col);
    }

    private YamlNode readSequence(JsonParser p, int depth, int line, int col) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(p, depth + 1));
        }
        return new YamlNode.Sequence(items, line, col);
    }

    YoyException error(int line, int col, String problem, String fix) {
        return new YoyException(ExitCode.DATA, YoyException.at(file, line, col, problem, fix));
    }
}
