package yoy.series;

/** An inclusive range of event years, used to narrow a run or a series. */
public record YearRange(int from, int to) {

    /** Every year. */
    public static final YearRange ALL = new YearRange(Integer.MIN_VALUE, Integer.MAX_VALUE);

    public YearRange {
        if (from > to) {
            throw new IllegalArgumentException("year range " + from + ".." + to + " is empty");
        }
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }
}
