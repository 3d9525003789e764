package yoy.extract;

import yoy.model.Period;

/** The event year and period given to a figure, and which rule gave them (for {@code explain}). */
record Dating(int year, Period period, String rule) {
}
