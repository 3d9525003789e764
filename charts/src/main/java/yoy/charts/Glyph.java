package yoy.charts;

/**
 * The shape a figure is drawn with; it says what kind of claim the figure is. A point estimate is a
 * dot, a bound is a triangle pointing where the true value may lie, a range is a bar.
 */
enum Glyph {
    /** An exact or approximate figure ("219", "about 300"). */
    POINT,
    /** Only a lower bound is known ("at least 45", "more than 40"). */
    LOWER_BOUND,
    /** Only an upper bound is known ("up to 12", "at most 12"). */
    UPPER_BOUND,
    /** Both bounds are known but no single value ("120 to 150", "hundreds"). */
    SPAN
}
