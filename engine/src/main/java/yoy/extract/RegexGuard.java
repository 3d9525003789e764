package yoy.extract;

import java.util.regex.Pattern;

/**
 * Runs a user-written regular expression against text with a deadline, so that a catastrophic
 * pattern cannot hang a batch run: the text is wrapped in a CharSequence that checks the clock.
 */
final class RegexGuard {

    static final long BUDGET_NANOS = 100_000_000L;

    private RegexGuard() {
    }

    /** True when {@code p} finds a match in {@code text}; false (and a warning) if the budget runs out. */
    static boolean find(Pattern p, CharSequence text, String indicatorId) {
        try {
            return p.matcher(new Deadline(text, System.nanoTime() + BUDGET_NANOS)).find();
        } catch (TimeoutException e) {
            System.err.println("yoy: warning: indicator '" + indicatorId + "': pattern " + p.pattern()
                    + " took longer than 100 ms on one sentence and was stopped; simplify it");
            return false;
        }
    }

    static final class TimeoutException extends RuntimeException {
        TimeoutException() {
            super(null, null, false, false);
        }
    }

    /** Checks the clock every 1,024 character reads, whatever the index, since backtracking rereads the same characters. */
    private static final class Deadline implements CharSequence {
        private final CharSequence text;
        private final long deadline;
        private int reads;

        Deadline(CharSequence text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && System.nanoTime() > deadline) {
                throw new TimeoutException();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
