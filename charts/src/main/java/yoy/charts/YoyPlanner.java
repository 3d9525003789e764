package yoy.charts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import yoy.change.ChangeStatus;
import yoy.change.Delta;
import yoy.change.YearChange;
import yoy.change.YearOverYear;
import yoy.model.Period;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;

/**
 * Turns an indicator's year-over-year changes ({@link YearOverYear}) into a {@link YoyPlan}.
 *
 * <p>Bars show the absolute change, in the indicator's unit: a percentage is undefined from zero and
 * misleading on the small counts these reports give (2 to 5 is "+150%"), while "+3 people" is always
 * defined. The percentage is added to the bar's label where it is defined and both figures are single
 * numbers. Changes between years without a figure are never drawn: their slot stays empty, and the note
 * says why.
 */
final class YoyPlanner {

    /** Above this many bars in one slot the labels would collide: percentages are left out. */
    private static final int MAX_GROUP_WITH_PERCENT = 2;

    private static final double LABEL_ROOM = 1.12;

    private YoyPlanner() {
    }

    static YoyPlan plan(IndicatorSeries series) {
        int from = series.fromYear();
        int to = series.toYear();
        int decimals = Math.max(0, series.decimals());
        Map<Integer, List<YearChange>> charted = new LinkedHashMap<>();
        List<String> unchanged = new ArrayList<>();
        List<MeasureSeries> measures = series.measures();
        for (int i = 0; i < measures.size(); i++) {
            MeasureSeries m = measures.get(i);
            List<YearChange> changes = YearOverYear.of(series.indicator(), yearlyOnly(m)).stream()
                    .filter(c -> c.fromYear() >= from && c.toYear() <= to).toList();
            if (changes.stream().anyMatch(c -> c.status() == ChangeStatus.COMPARED)) {
                charted.put(i, changes);
            } else {
                unchanged.add(label(m));
            }
        }
        int groupSize = charted.size();
        List<YoyBar> bars = new ArrayList<>();
        List<YoyMark> marks = new ArrayList<>();
        List<LegendItem> legend = new ArrayList<>();
        EnumSet<KeyEntry> key = EnumSet.noneOf(KeyEntry.class);
        SortedSet<String> publishers = new TreeSet<>();
        List<String> notes = new ArrayList<>();
        boolean emptySlots = false;
        double lo = 0;
        double hi = 0;
        int position = 0;
        for (Map.Entry<Integer, List<YearChange>> e : charted.entrySet()) {
            int colorIndex = e.getKey();
            MeasureSeries m = measures.get(colorIndex);
            String label = label(m);
            legend.add(LegendItem.bar(label, colorIndex));
            boolean[] filled = new boolean[Math.max(1, to - from)];
            List<String> own = new ArrayList<>();
            for (YearChange c : e.getValue()) {
                int slot = c.fromYear() - from;
                switch (c.status()) {
                    case COMPARED -> {
                        YoyBar bar = bar(c, slot, position, groupSize, colorIndex, decimals);
                        bars.add(bar);
                        filled[slot] = true;
                        lo = Math.min(lo, Math.min(bar.value(), bar.hasSpread() ? bar.low() : bar.value()));
                        hi = Math.max(hi, Math.max(bar.value(), bar.hasSpread() ? bar.high() : bar.value()));
                        if (!bar.solid()) {
                            key.add(KeyEntry.UNCERTAIN_CHANGE);
                        }
                        if (bar.hasSpread()) {
                            key.add(KeyEntry.CHANGE_RANGE);
                        }
                        publishers.addAll(publishersOf(m, c.fromYear()));
                        publishers.addAll(publishersOf(m, c.toYear()));
                    }
                    case NOT_COMPARABLE -> {
                        marks.add(new YoyMark(slot, position, groupSize, colorIndex, "n/c"));
                        filled[slot] = true;
                        own.add(slotText(c.fromYear(), c.toYear()) + " not comparable (n/c): "
                                + c.fromPeriod().label() + " against " + c.toPeriod().label());
                    }
                    case GAP -> own.add("no change for " + slotText(c.fromYear(), c.toYear())
                            + ": no figure for " + YearList.format(years(c.fromYear() + 1, c.toYear() - 1)));
                }
            }
            for (boolean f : filled) {
                emptySlots |= !f;
            }
            if (!own.isEmpty()) {
                notes.add(label + " — " + String.join("; ", own) + ".");
            }
            position++;
        }
        for (KeyEntry k : key) {
            legend.add(LegendItem.key(k));
        }
        // room on the other side of zero for the labels drawn there (same-period months, n/c); a tenth of
        // each end rather than of hi − lo, which overflows for changes near ±10³⁰⁸
        double tenth = hi * 0.1 - lo * 0.1;
        lo = Math.min(lo, -tenth);
        hi = Math.max(hi, tenth);
        List<String> sentences = new ArrayList<>();
        if (emptySlots) {
            sentences.add("An empty slot means a year without a figure: no change is computed, and none is zero.");
        }
        sentences.addAll(notes);
        if (!unchanged.isEmpty() && !charted.isEmpty()) {
            sentences.add("No change to show for " + String.join("; ", unchanged) + ".");
        }
        return new YoyPlan(
                (series.title() == null ? "" : series.title()) + ": yearly change",
                subtitle(series),
                from,
                to,
                bars,
                marks,
                legend,
                // a little headroom so that the labels beyond the longest bars stay inside the plot
                YScale.covering(roomy(lo), roomy(hi), decimals, true),
                publishers.isEmpty() ? "" : "Source: " + String.join("; ", publishers),
                sentences.isEmpty() ? "" : "Note: " + String.join(" ", sentences),
                bars.isEmpty() ? YoyPlan.NO_CHANGE : "");
    }

    /** A little beyond {@code v}, never beyond the largest double. */
    private static double roomy(double v) {
        return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, v * LABEL_ROOM));
    }

    static YoyBar bar(YearChange c, int slot, int position, int groupSize, int colorIndex, int decimals) {
        Delta d = c.delta();
        double value = d.change() != null ? d.change() : c.to().pointEstimate() - c.from().pointEstimate();
        double low = Double.NaN;
        double high = Double.NaN;
        if (d.change() == null && d.lowChange() != null && d.highChange() != null) {
            low = Math.min(d.lowChange(), d.highChange());
            high = Math.max(d.lowChange(), d.highChange());
            value = Math.max(low, Math.min(high, value));
        }
        String text = NumberText.signed(value, decimals);
        // from a tiny figure the percentage can overflow: no percentage rather than "∞%"
        if (d.change() != null && d.percent() != null && Double.isFinite(d.percent())
                && groupSize <= MAX_GROUP_WITH_PERCENT) {
            text += " (" + NumberText.signed(d.percent(), 0) + "%)";
        }
        String period = c.samePeriod() ? months(c.fromPeriod()) + " vs " + months(c.toPeriod()) : "";
        return new YoyBar(slot, position, groupSize, colorIndex, value, low, high, d.robust(), text, period);
    }

    /**
     * Series built by the engine hold only yearly figures; a hand-built one may carry a cumulative total,
     * which is no year's count: its year is treated as having no yearly figure.
     */
    private static MeasureSeries yearlyOnly(MeasureSeries m) {
        if (m.points().stream().noneMatch(p -> p.period() != null && p.period().isCumulative())) {
            return m;
        }
        return new MeasureSeries(m.measure(), m.label(), m.points().stream()
                .map(p -> p.period() != null && p.period().isCumulative()
                        ? SeriesPoint.missing(p.year(), yoy.series.YearStatus.NOT_REPORTED) : p)
                .toList());
    }

    private static String months(Period p) {
        String label = p.label();
        int space = label.lastIndexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }

    private static SortedSet<Integer> years(int a, int b) {
        SortedSet<Integer> out = new TreeSet<>();
        for (int y = a; y <= b; y++) {
            out.add(y);
        }
        return out;
    }

    private static String slotText(int a, int b) {
        return a + "–" + b;
    }

    private static List<String> publishersOf(MeasureSeries m, int year) {
        for (SeriesPoint p : m.points()) {
            if (p.year() == year) {
                return p.publishers().stream().filter(s -> !s.isBlank()).toList();
            }
        }
        return List.of();
    }

    private static String label(MeasureSeries m) {
        return m.label() == null || m.label().isBlank() ? m.measure() : m.label();
    }

    /** "Absolute change, in people · Kazakhstan · 2016–2024". */
    static String subtitle(IndicatorSeries series) {
        String unit = series.unit() == null || series.unit().isBlank() ? "" : ", in " + series.unit().strip();
        String rest = ChartPlanner.subtitle(new IndicatorSeries(series.indicator(), series.title(), "",
                series.country(), series.fromYear(), series.toYear(), series.decimals(), List.of()));
        return String.format(Locale.ROOT, "Absolute change%s (percent where defined) · %s", unit, rest);
    }
}
