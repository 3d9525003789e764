package yoy.charts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

/** Indicator series built in code, one per case the chart must handle. */
final class Fixtures {

    static final String AI = "Amnesty International";
    static final String HRW = "Human Rights Watch";

    private Fixtures() {
    }

    /** Builds one measure year by year, from {@code from}. */
    static final class Measure {
        private final String id;
        private final String label;
        private final int from;
        private final List<SeriesPoint> points = new ArrayList<>();

        Measure(String id, String label, int from) {
            this.id = id;
            this.label = label;
            this.from = from;
        }

        private int next() {
            return from + points.size();
        }

        Measure exact(double v, String... publishers) {
            return figure(Interval.exact(v), Period.year(next()), YearStatus.REPORTED, publishers);
        }

        Measure about(double v, String... publishers) {
            return figure(Interval.of(Qualifier.ABOUT, v), Period.year(next()), YearStatus.REPORTED, publishers);
        }

        Measure atLeast(double v, String... publishers) {
            return figure(Interval.of(Qualifier.AT_LEAST, v), Period.year(next()), YearStatus.REPORTED, publishers);
        }

        Measure moreThan(double v, String... publishers) {
            return figure(Interval.of(Qualifier.MORE_THAN, v), Period.year(next()), YearStatus.REPORTED, publishers);
        }

        Measure atMost(double v, String... publishers) {
            return figure(Interval.of(Qualifier.AT_MOST, v), Period.year(next()), YearStatus.REPORTED, publishers);
        }

        Measure range(double low, double high, String... publishers) {
            return figure(Interval.range(low, high), Period.year(next()), YearStatus.REPORTED, publishers);
        }

        Measure vague(double low, double high, String... publishers) {
            return figure(Interval.vague(low, high), Period.year(next()), YearStatus.REPORTED, publishers);
        }

        Measure partial(double v, int fromMonth, int toMonth, String... publishers) {
            return figure(Interval.exact(v), Period.months(next(), fromMonth, toMonth), YearStatus.REPORTED, publishers);
        }

        Measure cumulative(double v, YearMonth start, String... publishers) {
            return figure(Interval.exact(v), Period.cumulative(start, YearMonth.of(next(), 12)), YearStatus.REPORTED,
                    publishers);
        }

        Measure conflict(double v, String... publishers) {
            return figure(Interval.exact(v), Period.year(next()), YearStatus.CONFLICT, publishers);
        }

        Measure notReported() {
            points.add(SeriesPoint.missing(next(), YearStatus.NOT_REPORTED));
            return this;
        }

        Measure noReport() {
            points.add(SeriesPoint.missing(next(), YearStatus.NO_REPORT));
            return this;
        }

        private Measure figure(Interval interval, Period period, YearStatus status, String... publishers) {
            points.add(new SeriesPoint(next(), status, interval, period, List.of(publishers), publishers.length));
            return this;
        }

        MeasureSeries build() {
            return new MeasureSeries(id, label, points);
        }
    }

    static IndicatorSeries series(String title, String unit, String country, int from, int to, int decimals,
            Measure... measures) {
        List<MeasureSeries> built = new ArrayList<>();
        for (Measure m : measures) {
            built.add(m.build());
        }
        return new IndicatorSeries("test_indicator", title, unit, country, from, to, decimals, built);
    }

    /** One measure with every kind of figure: gap, bounds, range, vague, partial year, approximate. */
    static IndicatorSeries mixed() {
        return series("Journalists detained", "people", "Kazakhstan", 2016, 2024, 0,
                new Measure("detained", "Journalists detained", 2016)
                        .exact(12, AI)
                        .atLeast(45, HRW)
                        .range(20, 35, AI, HRW)
                        .notReported()
                        .noReport()
                        .exact(30, AI)
                        .vague(10, 99, HRW)
                        .partial(18, 1, 8, AI)
                        .about(25, HRW));
    }

    /** Two measures with different gaps, an upper bound, a cumulative figure and a conflict. */
    static IndicatorSeries twoMeasures() {
        return series("Deaths and injuries at protests", "people", "Kazakhstan", 2015, 2024, 0,
                new Measure("killed", "Killed", 2015)
                        .exact(4, AI).exact(2, AI).noReport().exact(0, AI).moreThan(7, HRW)
                        .exact(5, AI).noReport().conflict(8, AI, HRW).exact(9, AI).atMost(6, HRW),
                new Measure("injured", "Injured", 2015)
                        .exact(40, AI).notReported().noReport().range(60, 80, HRW).exact(75, AI)
                        .notReported().noReport().cumulative(4500, YearMonth.of(2021, 12), AI).atLeast(120, HRW)
                        .partial(55, 1, 6, AI));
    }

    /** Every year missing: the chart must still draw axes and say so. */
    static IndicatorSeries allMissing() {
        return series("Enforced disappearances", "cases", "Kazakhstan", 2018, 2024, 0,
                new Measure("cases", "Cases", 2018)
                        .notReported().notReported().noReport().notReported().notReported().noReport().notReported());
    }

    /** A single figure among gaps: it must still be visible. */
    static IndicatorSeries singlePoint() {
        return series("Death sentences handed down", "sentences", "Kazakhstan", 2016, 2024, 0,
                new Measure("sentences", "Death sentences", 2016)
                        .notReported().notReported().notReported().exact(3, AI).notReported()
                        .noReport().notReported().notReported().notReported());
    }

    /** A long span, large numbers and an approximate figure, to check tick thinning and grouping. */
    static IndicatorSeries longSpan() {
        Measure m = new Measure("arrests", "Protesters arrested", 1995);
        double[] values = {1200, 1500, 900, 2100, 0, 3300, 4100, 3900, 5200, 7100, 6800, 8000, 12500, 9800, 10100,
            0, 11000, 13200, 15800, 14100, 16900, 18250, 17000, 19900, 21000, 23500, 22000, 24800, 26100, 27300};
        for (int i = 0; i < values.length; i++) {
            if (i == 4 || i == 9) {
                m.noReport();
            } else if (i == 15) {
                m.about(values[i - 1], AI);
            } else {
                m.exact(values[i], i % 2 == 0 ? AI : HRW);
            }
        }
        return series("Protesters arrested during demonstrations", "people", "Kazakhstan", 1995, 2024, 0, m);
    }

    /** Decimals and a one-year span. */
    static IndicatorSeries oneYear() {
        return series("Prison occupancy rate", "inmates per place", "Kazakhstan", 2023, 2023, 1,
                new Measure("rate", "Occupancy", 2023).exact(1.3, HRW));
    }

    /** Fractional values with one decimal, a long title and many measures. */
    static IndicatorSeries manyMeasures() {
        String title = "Share of complaints of torture and ill-treatment in custody that led to a criminal case, "
                + "by region of the country";
        Measure[] ms = new Measure[8];
        String[] names = {"Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Taraz", "Pavlodar", "Oskemen"};
        for (int i = 0; i < ms.length; i++) {
            ms[i] = new Measure("r" + i, names[i], 2019);
            for (int y = 0; y < 6; y++) {
                if ((i + y) % 5 == 4) {
                    ms[i].notReported();
                } else {
                    ms[i].exact(Math.round((1.2 + i * 0.7 + y * 0.35 + ((i * y) % 3) * 0.4) * 10) / 10.0, AI);
                }
            }
        }
        return series(title, "%", "Kazakhstan", 2019, 2024, 1, ms);
    }

    /**
     * A measure with enough point figures for a trend (six, around a gap and a bound), one with only two
     * (no trend) and one with only bounds (no trend either).
     */
    static IndicatorSeries trending() {
        return series("Criminal cases for 'false information'", "cases", "Kazakhstan", 2015, 2024, 0,
                new Measure("cases", "Cases opened", 2015)
                        .exact(10, AI).exact(14, AI).noReport().exact(19, HRW).atLeast(30, AI)
                        .exact(24, AI).notReported().exact(31, AI).exact(29, HRW).partial(20, 1, 6, AI),
                new Measure("convictions", "Convictions", 2015)
                        .notReported().notReported().noReport().exact(4, AI).notReported()
                        .notReported().notReported().exact(9, AI).notReported().notReported(),
                new Measure("detained", "Detained", 2015)
                        .atLeast(5, AI).atLeast(7, AI).noReport().atLeast(9, HRW).range(8, 12, AI)
                        .notReported().notReported().notReported().notReported().notReported());
    }

    /** The same ten months of two years: comparable, labelled as such. */
    static IndicatorSeries samePeriod() {
        return series("Extremism prosecutions", "cases", "Kazakhstan", 2020, 2023, 0,
                new Measure("prosecuted", "Prosecuted", 2020)
                        .noReport().partial(66, 1, 10, AI).partial(16, 1, 10, AI).notReported());
    }
}
