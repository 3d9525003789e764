package yoy.synth;

import yoy.model.Interval;

/** A quantity as a report writes it ("at least 1,200", "dozens of") and what a careful reader takes it to mean. */
public record Amount(String text, Interval interval) {

    public Amount {
        if (text == null || text.isBlank() || interval == null) {
            throw new IllegalArgumentException("text and interval are required");
        }
    }
}
