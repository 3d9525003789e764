package yoy.html;

import java.util.Locale;

/**
 * Escaping of untrusted text for the three places an HTML page puts it: element text, a double-quoted
 * attribute value, and a link target. Document text (quotes, titles, publishers, URLs) and indicator
 * definitions all pass through here, so none of it can open a tag, close an attribute or run a script.
 *
 * <p>Characters are kept, never dropped: the visible text equals the input. The exceptions are the ones
 * HTML itself cannot carry: NUL and unpaired surrogates become U+FFFD.
 */
public final class Html {

    private Html() {
    }

    /** Text for element content, such as {@code <p>…</p>}. */
    public static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        appendText(b, s);
        return b.toString();
    }

    /** Text for an attribute value written in double quotes. */
    public static String attr(String s) {
        // The same escapes serve both contexts: quotes are escaped in text too, which costs nothing.
        return text(s);
    }

    /** Appends {@code s} escaped for element content or a double-quoted attribute. */
    public static void appendText(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\0' -> b.append('\uFFFD');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    /**
     * True when {@code url} may become a link: an absolute {@code http:} or {@code https:} URL with a host
     * and without whitespace or control characters (which browsers strip, and attackers use to hide a
     * scheme such as {@code java&#9;script:}).
     */
    public static boolean isSafeUrl(String url) {
        if (url == null || url.isEmpty()) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || Character.isWhitespace(c)
                    || Character.getType(c) == Character.FORMAT) {
                return false;
            }
        }
        String lower = url.toLowerCase(Locale.ROOT);
        String rest = lower.startsWith("https://") ? lower.substring(8)
                : lower.startsWith("http://") ? lower.substring(7) : null;
        return rest != null && !rest.isEmpty() && rest.charAt(0) != '/' && rest.charAt(0) != '\\';
    }

    /** The URL escaped for an {@code href} attribute, or null when it must not become a link. */
    public static String href(String url) {
        return isSafeUrl(url) ? attr(url) : null;
    }

    /** A link to {@code url} showing {@code label}, or the URL as plain text when it may not be a link. */
    public static String link(String url, String label) {
        String href = href(url);
        if (href == null) {
            return "<bdi class=\"url\">" + text(url) + "</bdi>";
        }
        return "<a href=\"" + href + "\" rel=\"noopener noreferrer\">" + text(label) + "</a>";
    }
}
