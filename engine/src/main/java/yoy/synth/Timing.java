package yoy.synth;

import java.util.SplittableRandom;
import yoy.model.Period;

/**
 * When a figure happened, as the sentence says it: a phrase after the figure ({@code trailing}, with its
 * leading space) or the same time opening the sentence ({@code fronted}, with its comma), and the event
 * year and period a careful reader records. Without any phrase the coverage year applies.
 */
record Timing(String trailing, String fronted, int year, Period period) {

    /** Counts of events over time (arrests, convictions) or counts at a moment (prisoners held). */
    enum Kind { FLOW, STOCK }

    static Timing none(int coverageYear) {
        return new Timing("", null, coverageYear, Period.year(coverageYear));
    }

    /**
     * A time for a figure of a report covering {@code coverageYear}; {@code earlier} allows an explicit
     * earlier year (the figure is then dated to it).
     */
    static Timing draw(SplittableRandom r, int coverageYear, Kind kind, boolean earlier) {
        int y = coverageYear;
        if (earlier && r.nextInt(10) == 0 && y > 2001) {
            int event = y - 1 - r.nextInt(2);
            return explicit(r, event);
        }
        int pick = r.nextInt(20);
        if (kind == Kind.STOCK) {
            return switch (pick % 5) {
                case 0 -> new Timing(" at the end of the year", "At the end of the year, ", y, Period.year(y));
                case 1 -> new Timing(" at year's end", "At year's end, ", y, Period.year(y));
                case 2 -> {
                    int m = 3 + r.nextInt(9);
                    yield new Timing(null, "As of " + month(m) + ", ", y, Period.months(y, 1, m));
                }
                default -> none(y);
            };
        }
        return switch (pick) {
            case 0, 1, 2 -> new Timing(" during the year", "During the year, ", y, Period.year(y));
            case 3, 4 -> {
                int m = 1 + r.nextInt(12);
                yield new Timing(" in " + month(m), "In " + month(m) + ", ", y, Period.months(y, m, m));
            }
            case 5, 6 -> {
                int a = 1 + r.nextInt(6);
                int b = a + 2 + r.nextInt(12 - a - 1);
                yield new Timing(" between " + month(a) + " and " + month(b),
                        "Between " + month(a) + " and " + month(b) + ", ", y, Period.months(y, a, b));
            }
            case 7 -> {
                int a = 1 + r.nextInt(5);
                int b = a + 3 + r.nextInt(12 - a - 2);
                yield new Timing(null, "From " + month(a) + " to " + month(b) + ", ", y, Period.months(y, a, b));
            }
            case 8 -> new Timing(" in the first half of the year", "In the first half of the year, ", y, Period.months(y, 1, 6));
            case 9 -> {
                int n = 3 + r.nextInt(8);
                yield new Timing(null, "In the first " + NumberWords.of(n) + " months of the year, ", y,
                        Period.months(y, 1, n));
            }
            default -> none(y);
        };
    }

    /** An explicit year, sometimes with months: "in 2019", "between March and September 2019". */
    private static Timing explicit(SplittableRandom r, int year) {
        return switch (r.nextInt(4)) {
            case 0, 1 -> new Timing(" in " + year, "In " + year + ", ", year, Period.year(year));
            case 2 -> {
                int a = 1 + r.nextInt(6);
                int b = a + 2 + r.nextInt(12 - a - 1);
                String t = month(a) + " and " + month(b) + " " + year;
                yield new Timing(" between " + t, "Between " + t + ", ", year, Period.months(year, a, b));
            }
            default -> new Timing(" in the first half of " + year, "In the first half of " + year + ", ", year,
                    Period.months(year, 1, 6));
        };
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    static String month(int m) {
        return MONTHS[m - 1];
    }
}
