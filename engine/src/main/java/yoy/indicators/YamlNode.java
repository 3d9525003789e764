package yoy.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so that errors can point at file:line:col. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    int line();

    int col();

    /** A plain value. {@code kind} tells how YAML read it, so "NO" read as a boolean can be caught. */
    record Scalar(String text, Kind kind, int line, int col) implements YamlNode {
        public enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }
    }

    record Sequence(List<YamlNode> items, int line, int col) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** Keys in file order; {@code keyLines}/{@code keyCols} locate each key. */
    record Mapping(LinkedHashMap<String, YamlNode> entries, Map<String, int[]> keyPositions, int line, int col)
            implements YamlNode {
    }

    static String describe(YamlNode node) {
        if (node instanceof Scalar s) {
            return switch (s.kind()) {
                case STRING -> "text";
                case INTEGER -> "a whole number";
                case FLOAT -> "a decimal number";
                case BOOLEAN -> "a yes/no value";
                case NULL -> "nothing";
            };
        }
        return node instanceof Sequence ? "a list" : "a mapping";
    }
}
