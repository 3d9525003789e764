package yoy.indicators;

import java.util.Locale;

/** How far from a figure the words of a rule may stand. */
public enum Window {
    /** The figure's own clause: the sentence cut at semicolons and at ", but", ", while" and the like. */
    CLAUSE,
    /** The figure's sentence. */
    SENTENCE,
    /** The figure's paragraph, up to and including the figure's sentence. */
    PARAGRAPH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
