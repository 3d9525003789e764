package yoy.extract;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a user-written regular expression against text with a time limit, so that a catastrophic
 * pattern cannot hang a batch run. The text is wrapped in a CharSequence that checks the clock as the
 * matcher reads it; past {@link #BUDGET_NANOS} (100 ms) on one sentence the match is abandoned.
 *
 * <p>A pattern that runs out of time once is slow by construction, not by bad luck, and would cost
 * 100 ms on every sentence after it. So it is stopped for good: reported once, with its indicator id,
 * and treated as not matching for as long as its loaded definitions are in use. The run finishes.
 * The loader refuses the obvious catastrophic shapes up front (see {@code yoy.indicators.RegexLint}).
 *
 * <p>Reports go to the notice consumer installed with {@link #reportingTo} on the running thread, or
 * to stderr when there is none.
 */
public final class RegexGuard {

    static final long BUDGET_NANOS = 100_000_000L;

    /** Patterns that ran out of time; keyed by identity (Pattern does not override equals), weakly, so loaded sets can go. */
    private static final Map<Pattern, Boolean> STOPPED = Collections.synchronizedMap(new WeakHashMap<>());
    private static final ThreadLocal<Consumer<String>> NOTICES = new ThreadLocal<>();

    private RegexGuard() {
    }

    /** Runs {@code work} on this thread with the guard's notices going to {@code notices} instead of stderr. */
    public static <T> T reportingTo(Consumer<String> notices, Supplier<T> work) {
        Consumer<String> previous = NOTICES.get();
        NOTICES.set(notices);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                NOTICES.remove();
            } else {
                NOTICES.set(previous);
            }
        }
    }

    /**
     * The notice consumer installed on this thread, or null: work handed to other threads passes it on
     * with {@link #reportingTo}, so that their notices go where this thread's go.
     */
    public static Consumer<String> currentNotices() {
        return NOTICES.get();
    }

    /** True once {@code p} has run out of time and been stopped. */
    public static boolean isStopped(Pattern p) {
        return STOPPED.containsKey(p);
    }

    /** True when {@code p} finds a match in {@code text}; false when it does not, or when it is (or gets) stopped. */
    static boolean find(Pattern p, CharSequence text, String indicatorId) {
        if (STOPPED.containsKey(p)) {
            return false;
        }
        String why;
        try {
            return p.matcher(new Deadline(text, System.nanoTime() + BUDGET_NANOS)).find();
        } catch (TimeoutException e) {
            why = "ran longer than " + BUDGET_NANOS / 1_000_000 + " ms on one sentence";
        } catch (StackOverflowError e) {
            why = "ran out of stack on one sentence";
        }
        if (STOPPED.putIfAbsent(p, Boolean.TRUE) == null) {
            notice("yoy: warning: indicator '" + indicatorId + "': exclude_regex '" + shown(p) + "' " + why
                    + " and was stopped; it is ignored for the rest of the run; simplify it");
        }
        return false;
    }

    /** The pattern on one short line, whatever it holds. */
    private static String shown(Pattern p) {
        String s = p.pattern().replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private static void notice(String line) {
        Consumer<String> sink = NOTICES.get();
        if (sink != null) {
            sink.accept(line);
        } else {
            System.err.println(line);
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
