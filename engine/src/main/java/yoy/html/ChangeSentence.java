package yoy.html;

import java.util.List;
import yoy.change.ChangeStatus;
import yoy.change.Delta;
import yoy.change.YearChange;
import yoy.tables.WriterTable;

/**
 * The change of a year's figure against the previous year with a figure, in words: "+54 (+54%) from 100 in
 * 2021", "lower bound +54 from ≥100 in 2021", "no figure for 2021; 100 in 2020". A gap is named, never bridged
 * as if the years were consecutive.
 */
final class ChangeSentence {

    private ChangeSentence() {
    }

    /** The change into {@code year} among {@code changes}, or a plain statement that there is no earlier figure. */
    static String into(int year, List<YearChange> changes, int decimals) {
        for (YearChange c : changes) {
            if (c.toYear() == year) {
                return of(c, decimals);
            }
        }
        return "no earlier figure to compare with";
    }

    static String of(YearChange c, int decimals) {
        String from = WriterTable.figure(c.from(), decimals) + " in " + c.fromPeriod().label();
        if (c.status() == ChangeStatus.GAP) {
            String over = c.gapDelta() == null ? "" : delta(c.gapDelta(), decimals);
            return c.note() + "; previous figure " + from
                    + (over.isEmpty() ? "" : " (" + over + " over " + c.years() + " years)");
        }
        if (c.status() == ChangeStatus.NOT_COMPARABLE) {
            return "not comparable with " + from + ": the figures cover different months";
        }
        return delta(c.delta(), decimals) + " from " + from;
    }

    private static String delta(Delta d, int decimals) {
        if (d.change() != null) {
            return TrendSentence.signed(d.change(), decimals)
                    + (d.percent() == null ? "" : " (" + percent(d.percent()) + ")");
        }
        if (d.robust()) {
            return switch (d.direction()) {
                case UP -> "up (both bounds)";
                case DOWN -> "down (both bounds)";
                case FLAT -> "unchanged";
            };
        }
        if (d.lowChange() != null) {
            return "lower bound " + TrendSentence.signed(d.lowChange(), decimals);
        }
        if (d.highChange() != null) {
            return "upper bound " + TrendSentence.signed(d.highChange(), decimals);
        }
        return "no comparable bounds";
    }

    private static String percent(double p) {
        String s = TrendSentence.signed(p, Math.abs(p) < 10 ? 1 : 0);
        return s + "%";
    }
}
