package yoy.change;

import java.util.ArrayList;
import java.util.List;
import yoy.model.Period;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

/**
 * Year-over-year changes of every measure of every series. Each year with a figure is compared with the
 * previous year with a figure. Consecutive years compare when both figures cover the same months: two
 * whole years, or the same months of two years (flagged same period); a part year against a whole year
 * is not comparable and gets no change. Across years without a figure there is no year-over-year change
 * (status gap); the change over the whole gap is given apart. Missing years are never read as zero.
 * Series only hold yearly figures, so cumulative periods never enter.
 */
public final class YearOverYear {

    private YearOverYear() {
    }

    public static List<YearChange> of(List<IndicatorSeries> series) {
        List<YearChange> out = new ArrayList<>();
        for (IndicatorSeries s : series) {
            for (MeasureSeries m : s.measures()) {
                out.addAll(of(s.indicator(), m));
            }
        }
        return List.copyOf(out);
    }

    public static List<YearChange> of(String indicator, MeasureSeries measure) {
        List<YearChange> out = new ArrayList<>();
        SeriesPoint previous = null;
        for (SeriesPoint p : measure.points()) {
            if (!p.status().hasFigure()) {
                continue;
            }
            if (previous != null) {
                out.add(compare(indicator, measure.measure(), previous, p));
            }
            previous = p;
        }
        return out;
    }

    static YearChange compare(String indicator, String measure, SeriesPoint a, SeriesPoint b) {
        Period pa = a.period();
        Period pb = b.period();
        if (pa.isCumulative() || pb.isCumulative()) {
            throw new IllegalArgumentException("cumulative figures have no place in a yearly series");
        }
        boolean comparable = pa.isPartialYear() == pb.isPartialYear() && pa.sameMonthsAs(pb);
        boolean samePeriod = comparable && pa.isPartialYear();
        boolean gap = b.year() - a.year() > 1;
        String note = note(a, b, comparable, samePeriod, gap);
        if (gap) {
            return new YearChange(indicator, measure, a.year(), b.year(), ChangeStatus.GAP, samePeriod,
                    a.interval(), pa, b.interval(), pb, null,
                    comparable ? Delta.between(a.interval(), b.interval()) : null, note);
        }
        return new YearChange(indicator, measure, a.year(), b.year(),
                comparable ? ChangeStatus.COMPARED : ChangeStatus.NOT_COMPARABLE, samePeriod,
                a.interval(), pa, b.interval(), pb,
                comparable ? Delta.between(a.interval(), b.interval()) : null, null, note);
    }

    private static String note(SeriesPoint a, SeriesPoint b, boolean comparable, boolean samePeriod, boolean gap) {
        List<String> parts = new ArrayList<>();
        if (gap) {
            parts.add("no figure for " + (b.year() - a.year() == 2
                    ? Integer.toString(a.year() + 1)
                    : (a.year() + 1) + "–" + (b.year() - 1)));
        }
        for (SeriesPoint p : List.of(a, b)) {
            if (p.status() == YearStatus.CONFLICT) {
                parts.add("reports conflict for " + p.year());
            }
        }
        if (!comparable) {
            parts.add(a.period().label() + " is not comparable with " + b.period().label());
        } else if (samePeriod) {
            parts.add("same period: " + a.period().label() + " against " + b.period().label());
        }
        return String.join("; ", parts);
    }
}
