package yoy.extract;

/**
 * A word, number or punctuation mark with its [start, end) offsets in the document. {@code glued}
 * is true when no white space separates it from the previous token. {@code tags} are what the readers make
 * of its word, worked out once per distinct word (see {@link WordTags}).
 */
public record Token(String text, String lower, Kind kind, int start, int end, boolean glued, int tags) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
