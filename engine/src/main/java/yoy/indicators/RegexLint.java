package yoy.indicators;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the obvious shape of a catastrophic regular expression before it runs: a group repeated without
 * bound ({@code *}, {@code +}, <code>{n,}</code>) that itself contains an unbounded repetition, as in
 * {@code (a+)+} or {@code (\w+\s?)*} ("star height" above one). Backtracking over such a pattern can
 * take exponential time on text that almost matches. Possessive quantifiers ({@code a++}) and atomic
 * groups ({@code (?>...)}) do not backtrack, so they are allowed. Other slow shapes, such as
 * {@code (.*a){12}} or overlapping alternatives, pass this check; the time limit at run time stops them.
 */
final class RegexLint {

    private RegexLint() {
    }

    /** The index of the quantifier that repeats a group containing a repetition, or -1 when there is none. */
    static int nestedQuantifier(String p) {
        Deque<boolean[]> groups = new ArrayDeque<>(); // [containsUnbounded, atomic]
        groups.push(new boolean[] {false, false});
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            boolean groupClosed = false;
            boolean[] closed = null;
            switch (c) {
                case '\\' -> i = skipEscape(p, i);
                case '[' -> i = skipClass(p, i);
                case '(' -> {
                    int after = skipGroupOpening(p, i);
                    if (after < 0) {
                        i = p.indexOf(')', i) < 0 ? p.length() : p.indexOf(')', i) + 1; // (?i): flags, no group
                        continue;
                    }
                    groups.push(new boolean[] {false, p.startsWith("(?>", i)});
                    i = after;
                    continue;
                }
                case ')' -> {
                    if (groups.size() > 1) {
                        closed = groups.pop();
                        groupClosed = true;
                    }
                    i++;
                }
                default -> i++;
            }
            int q = quantifierEnd(p, i);
            boolean unbounded = q > i && isUnbounded(p, i, q);
            boolean possessive = q > i && q < p.length() && p.charAt(q) == '+';
            boolean repeats = unbounded && !possessive;
            if (groupClosed) {
                boolean inner = closed[0] && !closed[1];
                if (repeats && inner) {
                    return i;
                }
                groups.peek()[0] |= inner || repeats;
            } else if (repeats) {
                groups.peek()[0] = true;
            }
            if (q > i) {
                i = q + (q < p.length() && (p.charAt(q) == '+' || p.charAt(q) == '?') ? 1 : 0);
            }
        }
        return -1;
    }

    private static int skipEscape(String p, int i) {
        if (i + 1 >= p.length()) {
            return p.length();
        }
        char e = p.charAt(i + 1);
        if (e == 'Q') {
            int end = p.indexOf("\\E", i + 2);
            return end < 0 ? p.length() : end + 2;
        }
        if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && i + 2 < p.length() && p.charAt(i + 2) == '{') {
            int end = p.indexOf('}', i + 2);
            return end < 0 ? p.length() : end + 1;
        }
        if (e == 'k' && i + 2 < p.length() && p.charAt(i + 2) == '<') {
            int end = p.indexOf('>', i + 2);
            return end < 0 ? p.length() : end + 1;
        }
        return i + 2;
    }

    /** Skips a character class, nested classes and escapes included; a {@code ]} right after {@code [} or {@code [^} is literal. */
    private static int skipClass(String p, int i) {
        int depth = 0;
        int j = i;
        while (j < p.length()) {
            char c = p.charAt(j);
            if (c == '\\') {
                j = skipEscape(p, j);
                continue;
            }
            if (c == '[') {
                depth++;
                j++;
                if (j < p.length() && p.charAt(j) == '^') {
                    j++;
                }
                if (j < p.length() && p.charAt(j) == ']') {
                    j++;
                }
                continue;
            }
            if (c == ']' && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return p.length();
    }

    /** Index after a group's opening ({@code (}, {@code (?:}, {@code (?<name>}, ...), or -1 for a flags-only {@code (?i)}. */
    private static int skipGroupOpening(String p, int i) {
        if (!p.startsWith("(?", i)) {
            return i + 1;
        }
        int j = i + 2;
        if (j >= p.length()) {
            return p.length();
        }
        char c = p.charAt(j);
        if (c == ':' || c == '=' || c == '!' || c == '>') {
            return j + 1;
        }
        if (c == '<') {
            if (p.startsWith("<=", j) || p.startsWith("<!", j)) {
                return j + 2;
            }
            int end = p.indexOf('>', j);
            return end < 0 ? p.length() : end + 1;
        }
        while (j < p.length() && (Character.isLetter(p.charAt(j)) || p.charAt(j) == '-')) {
            j++;
        }
        return j < p.length() && p.charAt(j) == ':' ? j + 1 : -1;
    }

    /** End of the quantifier starting at {@code i} ({@code *}, {@code +}, {@code ?}, <code>{n}</code>, <code>{n,m}</code>), or {@code i}. */
    private static int quantifierEnd(String p, int i) {
        if (i >= p.length()) {
            return i;
        }
        char c = p.charAt(i);
        if (c == '*' || c == '+' || c == '?') {
            return i + 1;
        }
        if (c == '{') {
            int end = p.indexOf('}', i);
            if (end > i + 1 && p.substring(i + 1, end).matches("\\d+(,\\d*)?")) {
                return end + 1;
            }
        }
        return i;
    }

    private static boolean isUnbounded(String p, int from, int to) {
        char c = p.charAt(from);
        return c == '*' || c == '+' || (c == '{' && p.charAt(to - 2) == ',');
    }
}
