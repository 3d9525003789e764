package yoy.corpus;

import java.nio.CharBuffer;

/**
 * What metadata inference needs from a text, gathered while it streams past: its first
 * {@value #HEAD_CHARS} characters, and how often each plausible year is written in the whole text.
 * A year is a run of exactly four digits, not joined to letters or other digits, between
 * {@value #MIN_YEAR} and {@value #MAX_YEAR}.
 */
final class TextProfile implements TextScanner.CharSink {

    static final int HEAD_CHARS = 4000;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private final StringBuilder head = new StringBuilder(HEAD_CHARS);
    private final int[] yearCounts = new int[MAX_YEAR - MIN_YEAR + 1];
    private long total;
    private boolean runBlocked;
    private int runLength;
    private int runValue;
    private char previous = ' ';

    @Override
    public void accept(CharBuffer chars) {
        int from = chars.position();
        int end = chars.limit();
        int wanted = Math.min(end - from, HEAD_CHARS - head.length());
        if (wanted > 0) {
            // The head in one copy, not a character at a time: every report of a corpus is profiled.
            // (A CharBuffer's indices as a CharSequence count from its position, which is 1 after a byte-order mark.)
            head.append(chars, 0, wanted);
        }
        if (chars.hasArray()) {
            char[] a = chars.array();
            int offset = chars.arrayOffset();
            // Only digits and the character after a run of them need a step; the character before a run
            // is read back from the array, and the chunk's last one kept for the next chunk.
            for (int i = from; i < end; i++) {
                char c = a[offset + i];
                if (runLength > 0 || (c >= '0' && c <= '9')) {
                    if (i > from) {
                        previous = a[offset + i - 1];
                    }
                    step(c);
                }
            }
            if (end > from) {
                previous = a[offset + end - 1];
            }
        } else {
            for (int i = from; i < end; i++) {
                step(chars.get(i));
            }
        }
        total += chars.remaining();
    }

    private void step(char c) {
        if (c >= '0' && c <= '9') {
            if (runLength == 0) {
                runBlocked = Character.isLetterOrDigit(previous);
                runValue = 0;
            }
            runLength++;
            runValue = runLength <= 4 ? runValue * 10 + (c - '0') : runValue;
        } else if (runLength > 0) {
            endRun(Character.isLetter(c)); // only after a run of digits: the rest of the text needs no test
        }
        previous = c;
    }

    private void endRun(boolean followedByLetter) {
        if (runLength == 4 && !runBlocked && !followedByLetter && runValue >= MIN_YEAR && runValue <= MAX_YEAR) {
            yearCounts[runValue - MIN_YEAR]++;
        }
        runLength = 0;
    }

    /** Call once after the last chunk, so that a year at the very end is counted. */
    TextProfile finish() {
        endRun(false);
        return this;
    }

    /** The first {@value #HEAD_CHARS} characters. */
    String head() {
        return head.toString();
    }

    /** True when the head holds the whole text. */
    boolean headIsWholeText() {
        return total <= HEAD_CHARS;
    }

    int mentions(int year) {
        return year < MIN_YEAR || year > MAX_YEAR ? 0 : yearCounts[year - MIN_YEAR];
    }

    /** The most-mentioned year, the later one on a tie; 0 when no year is written. */
    int mostMentionedYear() {
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < yearCounts.length; i++) {
            if (yearCounts[i] > 0 && yearCounts[i] >= bestCount) {
                best = MIN_YEAR + i;
                bestCount = yearCounts[i];
            }
        }
        return best;
    }
}
