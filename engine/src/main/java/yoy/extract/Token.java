package yoy.extract;

/**
 * A word, number or punctuation mark with its [start, end) offsets in the document. {@link #glued()}
 * is true when no white space separates it from the previous token; {@link #tags()} are what the readers make
 * of its word, worked out once per distinct word (see {@link WordTags}).
 *
 * <p>The kind, the glued flag and the tags are packed in {@code bits}: a report's sentences are read into tens of
 * millions of tokens, and one field instead of three makes each a fifth smaller.
 */
public record Token(String text, String lower, int start, int end, int bits) {

    public enum Kind { WORD, NUMBER, PUNCT }

    private static final Kind[] KINDS = Kind.values();
    private static final int KIND_MASK = 3;
    private static final int GLUED = 4;
    private static final int TAGS_SHIFT = 3;

    public Token {
        if ((bits & KIND_MASK) == KIND_MASK) {
            throw new IllegalArgumentException("bits " + bits + " name no kind of token");
        }
    }

    public Token(String text, String lower, Kind kind, int start, int end, boolean glued, int tags) {
        this(text, lower, start, end, tags << TAGS_SHIFT | (glued ? GLUED : 0) | kind.ordinal());
    }

    public Kind kind() {
        return KINDS[bits & KIND_MASK];
    }

    public boolean glued() {
        return (bits & GLUED) != 0;
    }

    public int tags() {
        return bits >>> TAGS_SHIFT;
    }

    public boolean isWord() {
        return (bits & KIND_MASK) == Kind.WORD.ordinal();
    }

    public boolean isNumber() {
        return (bits & KIND_MASK) == Kind.NUMBER.ordinal();
    }

    public boolean isPunct() {
        return (bits & KIND_MASK) == Kind.PUNCT.ordinal();
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
