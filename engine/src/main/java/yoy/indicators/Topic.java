package yoy.indicators;

import java.util.List;

/** Words of which one must stand within {@code window} of a figure for a rule to consider it. */
public record Topic(Window window, List<Phrase> any) {

    public Topic {
        if (window == null) {
            throw new IllegalArgumentException("topic window is required");
        }
        any = List.copyOf(any);
    }

    /** A topic that every figure satisfies. */
    public static Topic none() {
        return new Topic(Window.SENTENCE, List.of());
    }

    public boolean isNone() {
        return any.isEmpty();
    }
}
