package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.Qualifier;

/**
 * One figure a sentence-suite case must yield: {@code indicator|measure|year|value|low|high|qualifier[|period]}.
 * {@code measure} "*" accepts any measure; a null {@code period} is not checked.
 */
record ExpectedFigure(String indicator, String measure, int year, Double value, Double low, Double high,
        Qualifier qualifier, String period) {

    static final String ANY_MEASURE = "*";
    private static final Pattern PERIOD = Pattern.compile("year|(0[1-9]|1[0-2])(-(0[1-9]|1[0-2]))?|cumulative(:\\d{4}-(0[1-9]|1[0-2]))?");

    ExpectedFigure {
        // Same shape as Interval.of / range / vague, so a case cannot ask for a figure the model cannot hold.
        new Interval(value, low, high, qualifier);
        boolean ok = switch (qualifier) {
            case EXACT, ABOUT -> value != null && value.equals(low) && value.equals(high);
            case AT_LEAST, MORE_THAN -> value != null && value.equals(low) && high == null;
            case UP_TO, AT_MOST -> value != null && low == null && value.equals(high);
            case RANGE, VAGUE -> value == null && low != null && high != null;
        };
        if (!ok) {
            throw new IllegalArgumentException("value|low|high do not fit qualifier " + qualifier.code()
                    + " (exact/about n|n|n, at_least/more_than n|n|, up_to/at_most n||n, range/vague |low|high)");
        }
        if (period != null && !PERIOD.matcher(period).matches()) {
            throw new IllegalArgumentException("bad period '" + period
                    + "' (year, MM, MM-MM, cumulative or cumulative:YYYY-MM)");
        }
        if (period != null && period.contains("-") && !period.startsWith("cumulative")
                && period.substring(0, 2).compareTo(period.substring(3)) > 0) {
            throw new IllegalArgumentException("period " + period + " runs backwards");
        }
    }

    static ExpectedFigure parse(String row) {
        String[] f = row.split("\\|", -1);
        if (f.length != 7 && f.length != 8) {
            throw new IllegalArgumentException("expected 7 or 8 '|'-separated fields, got " + f.length + " in '" + row + "'");
        }
        int year;
        try {
            year = Integer.parseInt(f[2].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("year '" + f[2] + "' is not a number in '" + row + "'");
        }
        String period = f.length == 8 && !f[7].isBlank() ? f[7].trim() : null;
        return new ExpectedFigure(f[0].trim(), f[1].trim(), year, number(f[3]), number(f[4]), number(f[5]),
                Qualifier.fromCode(f[6].trim()), period);
    }

    boolean matches(Observation o) {
        return differences(o).isEmpty();
    }

    /** The fields in which {@code o} differs from this figure; empty when it matches. */
    List<String> differences(Observation o) {
        List<String> diff = new ArrayList<>();
        if (!o.indicator().equals(indicator)) {
            diff.add("indicator");
        }
        if (!measure.equals(ANY_MEASURE) && !o.measure().equals(measure)) {
            diff.add("measure");
        }
        if (o.year() != year) {
            diff.add("year");
        }
        Interval iv = o.interval();
        if (!same(value, iv.value()) || !same(low, iv.low()) || !same(high, iv.high())) {
            diff.add("value");
        }
        if (iv.qualifier() != qualifier) {
            diff.add("qualifier");
        }
        if (period != null && !periodMatches(o.period())) {
            diff.add("period");
        }
        return diff;
    }

    private boolean periodMatches(Period p) {
        String code = periodCode(p);
        return period.equals("cumulative") ? p.isCumulative() : period.equals(code);
    }

    static String periodCode(Period p) {
        return switch (p.kind()) {
            case YEAR -> "year";
            case MONTHS -> p.start().getMonthValue() == p.end().getMonthValue()
                    ? String.format(Locale.ROOT, "%02d", p.end().getMonthValue())
                    : String.format(Locale.ROOT, "%02d-%02d", p.start().getMonthValue(), p.end().getMonthValue());
            case CUMULATIVE -> p.start() == null ? "cumulative" : "cumulative:" + p.start();
        };
    }

    String render() {
        return String.join("|", indicator, measure, Integer.toString(year), num(value), num(low), num(high),
                qualifier.code()) + (period == null ? "" : "|" + period);
    }

    static String render(Observation o) {
        Interval iv = o.interval();
        return String.join("|", o.indicator(), o.measure(), Integer.toString(o.year()), num(iv.value()), num(iv.low()),
                num(iv.high()), iv.qualifier().code(), periodCode(o.period()));
    }

    private static Double number(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number (write 2300, not 2,300)");
        }
    }

    private static String num(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static boolean same(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;
    }
}
