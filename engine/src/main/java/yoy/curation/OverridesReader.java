package yoy.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.indicators.YamlNode;
import yoy.indicators.YamlReader;
import yoy.model.Interval;
import yoy.model.Qualifier;

/**
 * Reads an overrides file with the strict {@link YamlReader}:
 * <pre>
 * version: 1
 * overrides:
 *   - indicator: protest_deaths
 *     measure: civilians
 *     year: 2022
 *     doc: report-2022.txt
 *     value: 12            # the extracted figure's point estimate
 *     action: correct      # or reject
 *     to: {qualifier: at_least, value: 15}   # correct only; range/vague take low and high
 *     reason: the report's errata page gives at least 15
 * </pre>
 * Every problem is one {@code file:line:col} line with exit code 65.
 */
public final class OverridesReader {

    private static final Set<String> KEYS = Set.of("indicator", "measure", "year", "doc", "value", "action", "to", "reason");
    private static final Set<String> TO_KEYS = Set.of("qualifier", "value", "low", "high");

    private final String file;

    public OverridesReader(String file) {
        this.file = file;
    }

    public List<Override> read(String text) {
        YamlNode root = new YamlReader(file).read(text, "write 'version: 1' and 'overrides:'");
        YamlNode.Mapping top = mapping(root, Set.of("version", "overrides"));
        YamlNode version = require(top, "version");
        if (!(version instanceof YamlNode.Scalar s) || !s.text().equals("1")) {
            throw error(version, "unsupported version", "write 'version: 1'");
        }
        YamlNode list = require(top, "overrides");
        if (!(list instanceof YamlNode.Sequence seq)) {
            throw error(list, "'overrides' must be a list", "start each override with '- '");
        }
        List<Override> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            out.add(override(mapping(item, KEYS)));
        }
        return List.copyOf(out);
    }

    private Override override(YamlNode.Mapping m) {
        String actionText = text(require(m, "action"));
        Override.Action action = switch (actionText) {
            case "reject" -> Override.Action.REJECT;
            case "correct" -> Override.Action.CORRECT;
            default -> throw error(m.entries().get("action"), "unknown action '" + actionText + "'",
                    "write 'reject' or 'correct'");
        };
        Interval correction = null;
        YamlNode to = m.entries().get("to");
        if (action == Override.Action.CORRECT) {
            if (to == null) {
                throw error(m, "a correction needs 'to'", "add 'to: {qualifier: exact, value: N}'");
            }
            correction = interval(mapping(to, TO_KEYS));
        } else if (to != null) {
            throw error(to, "'to' is only for action correct", "remove 'to' or write 'action: correct'");
        }
        String reason = text(require(m, "reason"));
        if (reason.isBlank()) {
            throw error(m.entries().get("reason"), "the reason is empty", "say why the figure is overridden");
        }
        return new Override(text(require(m, "indicator")), text(require(m, "measure")),
                (int) whole(require(m, "year")), text(require(m, "doc")), number(require(m, "value")),
                action, correction, reason, file, m.line(), m.col());
    }

    private Interval interval(YamlNode.Mapping m) {
        String code = text(require(m, "qualifier"));
        Qualifier q;
        try {
            q = Qualifier.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw error(m.entries().get("qualifier"), "unknown qualifier '" + code + "'",
                    "write exact, about, at_least, more_than, up_to, at_most, range or vague");
        }
        try {
            if (q == Qualifier.RANGE || q == Qualifier.VAGUE) {
                double low = number(require(m, "low"));
                double high = number(require(m, "high"));
                return q == Qualifier.RANGE ? Interval.range(low, high) : Interval.vague(low, high);
            }
            return Interval.of(q, number(require(m, "value")));
        } catch (IllegalArgumentException e) {
            throw error(m, "the corrected figure is invalid (" + e.getMessage() + ")", "fix 'to'");
        }
    }

    private YamlNode.Mapping mapping(YamlNode node, Set<String> allowed) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw error(node, "expected a mapping, found " + kind(node), "write key: value lines");
        }
        for (Map.Entry<String, int[]> e : m.keyPositions().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new YoyException(ExitCode.DATA, YoyException.at(file, e.getValue()[0], e.getValue()[1],
                        "unknown key '" + e.getKey() + "'", "use one of " + new java.util.TreeSet<>(allowed)));
            }
        }
        return m;
    }

    private YamlNode require(YamlNode.Mapping m, String key) {
        YamlNode v = m.entries().get(key);
        if (v == null) {
            throw error(m, "missing '" + key + "'", "add '" + key + ":'");
        }
        return v;
    }

    private String text(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
            return s.text();
        }
        throw error(node, "expected text, found " + kind(node), "write a plain value");
    }

    private double number(YamlNode node) {
        if (node instanceof YamlNode.Scalar s
                && (s.kind() == YamlNode.Scalar.Kind.INTEGER || s.kind() == YamlNode.Scalar.Kind.FLOAT)) {
            double d = Double.parseDouble(s.text());
            if (Double.isFinite(d) && d >= 0) {
                return d;
            }
        }
        throw error(node, "expected a non-negative number, found " + kind(node), "write digits such as 12 or 1.5");
    }

    private long whole(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INTEGER) {
            return Long.parseLong(s.text());
        }
        throw error(node, "expected a year, found " + kind(node), "write a year such as 2022");
    }

    private static String kind(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + s.text() + "'";
        }
        return node instanceof YamlNode.Sequence ? "a list" : "a mapping";
    }

    private YoyException error(YamlNode node, String problem, String fix) {
        return new YoyException(ExitCode.DATA, YoyException.at(file, node.line(), node.col(), problem, fix));
    }
}
