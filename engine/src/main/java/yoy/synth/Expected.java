package yoy.synth;

import yoy.model.Interval;
import yoy.model.Period;

/** One figure a paragraph states, as a careful labeller records it. */
record Expected(String indicator, String measure, int year, Interval interval, Period period) {
}
