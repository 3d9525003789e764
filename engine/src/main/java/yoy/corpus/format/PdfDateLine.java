package yoy.corpus.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date printed on a line of its own on the first page ("12 March 2023", "Published:
 * March 12, 2023", "2023-03-12"). The PDF's CreationDate is not used: it says when the file was made, which
 * for a report re-exported or printed to PDF later is not when it was published.
 */
final class PdfDateLine {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:19|20)\\d\\d";
    private static final Pattern LINE = Pattern.compile("(?i)(?:(?:published|date|dated|posted)(?: on)?:?\\s+)?"
            + "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
            + "(" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR
            + "|" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
            + "|" + MONTH + "\\s+" + YEAR
            + "|" + YEAR + "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))");
    /** Only the top of the first page is searched. */
    private static final int PARAGRAPHS = 12;

    private PdfDateLine() {
    }

    /** The date as printed, or "" when the first page shows no date line. */
    static String find(Converted c) {
        int end = c.pages().size() > 1 ? c.pages().get(1).start() : c.text().length();
        String[] paragraphs = c.text().substring(0, end).split("\n\n", PARAGRAPHS + 1);
        for (int i = 0; i < Math.min(PARAGRAPHS, paragraphs.length); i++) {
            Matcher m = LINE.matcher(paragraphs[i].strip());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return "";
    }
}
