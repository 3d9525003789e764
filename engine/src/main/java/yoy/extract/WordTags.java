package yoy.extract;

/**
 * What the readers make of a token's word, worked out once per distinct word when the tokenizer first makes it
 * (see {@link WordCache}) and carried by every token as {@link Token#tags()}: each sentence read asks these of
 * every token, and a set lookup per token and question was a tenth of extraction's time. Each question is
 * answered by the class that asks it; this class only packs the answers.
 */
final class WordTags {

    /** The number reader may start a number at this word ({@link NumberReader#mayStartWord}). */
    static final int MAY_START_NUMBER = 1;
    /** A mark that ends a comma-delimited segment ({@link SentenceView#isSegmentMark}). */
    static final int SEGMENT_MARK = 2;
    /** Where the {@link TimeReader#role} of the word sits: 8 bits. */
    static final int TIME_ROLE_SHIFT = 8;

    private WordTags() {
    }

    /** The tags of a word or number token with this lower case. */
    static int ofWord(String lower) {
        return (NumberReader.mayStartWord(lower) ? MAY_START_NUMBER : 0) | (TimeReader.role(lower) & 0xFF) << TIME_ROLE_SHIFT;
    }

    /** The tags of a punctuation token with this (normalised) text. */
    static int ofMark(String lower) {
        return SentenceView.isSegmentMark(lower) ? SEGMENT_MARK : 0;
    }

    /** The time reader's role of the token's word. */
    static int timeRole(int tags) {
        return tags >>> TIME_ROLE_SHIFT & 0xFF;
    }
}
