package yoy.corpus.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visible publication date near the top of an article: a short line that holds a date and is not a
 * sentence ("12 March 2021", "Published: March 12, 2021 | By ..."), or a news dateline that opens the first paragraph ("ALMATY,
 * March 3, 2021 — Police ..."). A date inside a sentence of prose is an event, not the publication date.
 */
final class Dateline {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DATE = Pattern.compile("\\b(?:\\d{1,2} " + MONTH + ",? \\d{4}"
            + "|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b");
    /** What may follow a dateline's date: an agency in brackets, then a dash or a colon, then the story. */
    private static final Pattern DATELINE_END = Pattern.compile("(?:\\s*\\([^()]{1,40}\\))?\\s*[-\u2013\u2014:]");
    /** Prose ends with a full stop; a byline or a date line does not. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201d\u2019')]?$");
    /** A line this short that holds a date, and is no sentence, is a date line. */
    private static final int SHORT_LINE = 100;
    /** A dateline's date starts this close to the paragraph's start. */
    private static final int DATELINE_START = 60;

    private Dateline() {
    }

    /** A date in any position, as written, or "". */
    static String anyDate(String text) {
        Matcher m = DATE.matcher(Spaces.collapse(text));
        return m.find() ? m.group() : "";
    }

    /** The publication date a paragraph states as a date line, as written, or "". */
    static String of(String paragraph) {
        String p = Spaces.collapse(paragraph);
        Matcher m = DATE.matcher(p);
        if (!m.find()) {
            return "";
        }
        if (p.length() <= SHORT_LINE && !SENTENCE_END.matcher(p).find()) {
            return m.group();
        }
        boolean opens = m.start() <= DATELINE_START
                && DATELINE_END.matcher(p).region(m.end(), p.length()).lookingAt();
        return opens ? m.group() : "";
    }
}
