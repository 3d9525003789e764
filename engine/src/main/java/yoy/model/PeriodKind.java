package yoy.model;

/** How much of the calendar a figure covers. */
public enum PeriodKind {
    /** The whole calendar year. */
    YEAR,
    /** Some months within one year: "between January and October", "in July". */
    MONTHS,
    /** A running total over more than a year, or from an unknown start: "since December 2014". */
    CUMULATIVE
}
