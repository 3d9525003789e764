package yoy.indicators;

import java.util.Locale;

/**
 * Puts text from the user's file into an error message safely: one line (control characters and line
 * breaks escaped) and short, so that a hostile key or value cannot make the message long or multi-line.
 */
final class Text {

    static final int MAX = 60;

    private Text() {
    }

    /** {@code 'text'}, escaped and clipped. */
    static String quote(String s) {
        return "'" + clip(s) + "'";
    }

    /** The text with control characters escaped as {@code \\uXXXX}, cut to {@link #MAX} characters with "…". */
    static String clip(String s) {
        return clip(s, MAX);
    }

    /** As {@link #clip(String)}, to at most {@code max} characters. */
    static String clip(String s, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() <= max; i++) {
            char c = s.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c) && !pairedSurrogate) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() > max) {
            sb.setLength(max);
            if (max > 0 && Character.isHighSurrogate(sb.charAt(max - 1))) {
                sb.setLength(max - 1);
            }
            sb.append('…');
        }
        return sb.toString();
    }
}
