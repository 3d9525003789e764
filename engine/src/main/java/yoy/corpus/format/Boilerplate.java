package yoy.corpus.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What on a page is not the report: by tag, by ARIA role, by visibility, and by the words of its class and
 * id. The rules are general (no publisher's markup is named); {@code docs/html-input.md} explains them.
 *
 * <p>A <em>hard</em> drop always applies: nothing of a {@code <nav>}, a {@code <script>} or the page's
 * {@code <footer>} is ever text. A <em>soft</em> drop (an article's {@code <footer>}, a
 * {@code class="share-bar"}, a {@code <form>}) applies only to an element that holds no main content
 * landmark and less than half the page's text: a site that wraps the whole page in
 * {@code <div class="has-sidebar">} or {@code <form id="aspnetForm">} must not lose it.
 */
final class Boilerplate {

    private static final Set<String> HARD_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "frame", "frameset", "object", "embed", "applet", "canvas", "nav", "aside", "button", "select",
            "input", "textarea", "option", "datalist", "dialog", "audio", "video", "map", "menu", "head", "title",
            "link", "meta", "base");

    private static final Set<String> HARD_ROLES = Set.of("navigation", "complementary", "search", "dialog",
            "alertdialog", "menu", "menubar", "toolbar", "tablist");

    private static final Set<String> SOFT_ROLES = Set.of("banner");

    /** Class or id words that mark boilerplate whatever else the class says. */
    private static final Set<String> STRONG = Set.of("cookie", "cookies", "consent", "gdpr", "share", "shares",
            "sharing", "sharebar", "social", "socials", "related", "recommended", "recommendations", "breadcrumb",
            "breadcrumbs", "nav", "navbar", "navigation", "menu", "submenu", "sidebar", "comment", "comments",
            "disqus", "newsletter", "subscribe", "subscription", "signup", "promo", "advert", "advertisement",
            "ad", "ads", "sponsor", "sponsored", "popup", "modal", "skip", "skiplink", "donate", "donation",
            "outbrain", "taboola", "pagination", "pager", "toolbar", "widget", "masthead", "login", "search",
            "readmore");

    /** Class or id words that mark boilerplate unless a content word comes with them ("article-header"). */
    private static final Set<String> WEAK = Set.of("header", "footer", "banner", "tags", "tag", "tools", "more",
            "promoted", "topbar");

    private static final Set<String> CONTENT = Set.of("article", "body", "content", "main", "story", "entry",
            "post", "text");

    /**
     * Whole class names that hide an element, or keep it for screen readers only ("Opens in a new window",
     * "Share on X").
     */
    private static final Set<String> HIDING = Set.of("sr-only", "visually-hidden", "visuallyhidden",
            "screen-reader-text", "screen-reader-only", "element-invisible", "a11y-hidden", "d-none", "hidden",
            "is-hidden", "hide", "invisible");

    /** A class that shows an element at some screen widths ("md:block", "d-lg-block"): a hiding class is not. */
    private static final Pattern RESPONSIVE = Pattern.compile(":|^d-(?:sm|md|lg|xl|xxl)-");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CAMEL_TURN = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private static final Pattern STYLE_HIDDEN =
            Pattern.compile("(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    /** Headings that open a related-content, sharing or comment block, compared in lower case. */
    private static final Pattern HEADING = Pattern.compile("(?:related(?: \\p{L}+)?|read (?:more|also|next)"
            + "|more (?:on|from|about|in|news|stories|reports)\\b.{0,60}|most (?:read|popular|viewed|shared)"
            + "|recommended(?: for you| reading)?|you (?:may|might) also (?:like|be interested in)"
            + "|share(?: (?:this|on)\\b.{0,40})?|\\d* ?comments?|leave a (?:comment|reply)"
            + "|join the (?:discussion|conversation)|tags|topics|keywords|see also|further reading|follow us.{0,40}"
            + "|sign up.{0,60}|subscribe.{0,60}|newsletter|latest (?:news|stories)|trending|popular)[:.]?");

    private Boilerplate() {
    }

    /**
     * Never text. A page's {@code <footer>} (one outside any article, section or main) is the site's footer;
     * one inside an article (tags, author's note, share links) is a soft drop.
     */
    static boolean hardDrop(Element e, boolean inSection) {
        String tag = e.normalName();
        if (HARD_TAGS.contains(tag) || e.hasAttr("hidden") || (tag.equals("footer") && !inSection)) {
            return true;
        }
        String role = role(e);
        if (HARD_ROLES.contains(role) || role.equals("contentinfo")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && STYLE_HIDDEN.matcher(style).find();
    }

    /**
     * Boilerplate unless it holds the main content (the caller checks). A {@code <header>} inside an article,
     * section or main is the article's own header (title, dateline, byline) and stays.
     */
    static boolean softDrop(Element e, boolean inSection) {
        String tag = e.normalName();
        if (tag.equals("footer") || tag.equals("form") || (tag.equals("header") && !inSection)) {
            return true;
        }
        if (SOFT_ROLES.contains(role(e)) || "true".equalsIgnoreCase(e.attr("aria-hidden").strip())) {
            return true;
        }
        return byClass(e);
    }

    /** A heading that opens a block of related links, sharing buttons or comments. */
    static boolean heading(String text) {
        String t = Spaces.collapse(text).toLowerCase(Locale.ROOT);
        return !t.isEmpty() && t.length() <= 80 && HEADING.matcher(t).matches();
    }

    /** A list or block inside the main content made mostly of links (related articles, tags, "read more"). */
    static boolean linkList(Element e, Tally t) {
        return switch (e.normalName()) {
            // Not tables: a table of cases whose first column links to each case is data.
            case "ul", "ol", "dl", "div", "section", "p" -> t.chars > 0 && 2 * t.linkChars > t.chars;
            default -> false;
        };
    }

    private static boolean byClass(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        if (hidingClass(cls)) {
            return true;
        }
        boolean weak = false;
        boolean content = false;
        for (String word : words(cls + " " + id)) {
            if (STRONG.contains(word)) {
                return true;
            }
            weak |= WEAK.contains(word);
            content |= CONTENT.contains(word);
        }
        return weak && !content;
    }

    private static boolean hidingClass(String cls) {
        boolean hiding = false;
        for (String name : SPACES.split(cls.toLowerCase(Locale.ROOT))) {
            if (RESPONSIVE.matcher(name).find()) {
                return false;
            }
            hiding |= HIDING.contains(name);
        }
        return hiding;
    }

    /** The words of a class or id: split at anything not a letter or digit and where camelCase turns. */
    static String[] words(String s) {
        String split = CAMEL_TURN.matcher(s).replaceAll(" ");
        return NON_WORD.split(split.toLowerCase(Locale.ROOT));
    }

    private static String role(Element e) {
        String r = e.attr("role");
        return r.isEmpty() ? "" : r.strip().toLowerCase(Locale.ROOT);
    }
}
