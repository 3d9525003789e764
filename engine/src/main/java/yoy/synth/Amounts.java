package yoy.synth;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import yoy.model.Interval;
import yoy.model.Qualifier;

/**
 * Draws quantities in every form the extraction grammar reads (docs/extraction.md, "Numbers" and
 * "Qualifiers"): digits with separators, number words, "a dozen", "1.2 million", qualified numbers,
 * ranges and vague quantities, each with the interval a careful reader gives it.
 */
final class Amounts {

    /** The forms a template may take. */
    enum Form { DIGITS, WORDS, DOZEN, AT_LEAST, MORE_THAN, UP_TO, AT_MOST, ABOUT, RANGE, VAGUE, MILLION }

    /** Every form but millions, which only a few templates can carry. */
    static final Set<Form> ALL = EnumSet.complementOf(EnumSet.of(Form.MILLION));
    /** Forms of a number that stands alone as a subject ("More than 300 were fined"): digits only. */
    static final Set<Form> BARE = EnumSet.of(Form.DIGITS, Form.AT_LEAST, Form.MORE_THAN, Form.ABOUT, Form.UP_TO);
    /** A single number with an optional qualifier, for sentences that need one point (ratios, comparisons). */
    static final Set<Form> POINT = EnumSet.of(Form.DIGITS, Form.WORDS, Form.AT_LEAST, Form.MORE_THAN, Form.ABOUT);

    /** How big the counts of a template usually are. */
    record Scale(int min, int max) {
        static final Scale SMALL = new Scale(2, 60);
        static final Scale MEDIUM = new Scale(5, 900);
        static final Scale LARGE = new Scale(40, 25_000);
    }

    private static final List<Form> WEIGHTED = List.of(
            Form.DIGITS, Form.DIGITS, Form.DIGITS, Form.DIGITS, Form.DIGITS, Form.DIGITS,
            Form.WORDS, Form.WORDS, Form.DOZEN,
            Form.AT_LEAST, Form.AT_LEAST, Form.AT_LEAST, Form.MORE_THAN, Form.MORE_THAN,
            Form.UP_TO, Form.AT_MOST, Form.ABOUT, Form.ABOUT, Form.RANGE, Form.RANGE, Form.VAGUE, Form.VAGUE,
            Form.MILLION);

    private static final String[] AT_LEAST = {"at least", "no fewer than", "no less than", "a minimum of"};
    private static final String[] MORE_THAN = {"more than", "over", "in excess of", "upwards of"};
    private static final String[] UP_TO = {"up to", "as many as"};
    private static final String[] AT_MOST = {"fewer than", "less than", "under", "no more than", "at most"};
    private static final String[] ABOUT = {"about", "around", "approximately", "some", "nearly", "almost",
        "an estimated", "roughly"};

    /** Vague quantities and their intervals, as docs/extraction.md lists them. */
    private record Vague(String text, int low, int high) {
    }

    private static final List<Vague> VAGUE = List.of(
            new Vague("a couple of", 2, 3), new Vague("a few", 2, 9), new Vague("a handful of", 2, 9),
            new Vague("several", 3, 9), new Vague("dozens of", 24, 199), new Vague("scores of", 40, 199),
            new Vague("hundreds of", 200, 999), new Vague("thousands of", 2000, 9999),
            new Vague("tens of thousands of", 20_000, 99_999));

    private Amounts() {
    }

    /** A quantity in one of the {@code allowed} forms, sized by {@code scale}. */
    static Amount draw(SplittableRandom r, Scale scale, Set<Form> allowed) {
        Form form;
        do {
            form = WEIGHTED.get(r.nextInt(WEIGHTED.size()));
        } while (!allowed.contains(form));
        return draw(r, scale, form);
    }

    static Amount draw(SplittableRandom r, Scale scale, Form form) {
        int v = value(r, scale);
        return switch (form) {
            case DIGITS -> new Amount(NumberWords.digits(v), Interval.exact(v));
            case WORDS -> words(r, scale);
            case DOZEN -> r.nextBoolean() ? new Amount("a dozen", Interval.exact(12)) : new Amount("two dozen", Interval.exact(24));
            case AT_LEAST -> qualified(r, AT_LEAST, Qualifier.AT_LEAST, v);
            case MORE_THAN -> qualified(r, MORE_THAN, Qualifier.MORE_THAN, v);
            case UP_TO -> qualified(r, UP_TO, Qualifier.UP_TO, v);
            case AT_MOST -> qualified(r, AT_MOST, Qualifier.AT_MOST, round(v));
            case ABOUT -> qualified(r, ABOUT, Qualifier.ABOUT, round(v));
            case RANGE -> range(r, scale);
            case VAGUE -> vague(r, scale);
            case MILLION -> million(r);
        };
    }

    /** Roughly log-uniform between the scale's bounds, so that small counts are common and large ones occur. */
    static int value(SplittableRandom r, Scale scale) {
        double lo = Math.log(scale.min());
        double hi = Math.log(scale.max());
        return (int) Math.round(Math.exp(lo + r.nextDouble() * (hi - lo)));
    }

    /** Estimates are usually round: 1,234 becomes 1,200. */
    private static int round(int v) {
        if (v >= 1000) {
            return v / 100 * 100;
        }
        if (v >= 100) {
            return v / 10 * 10;
        }
        return v;
    }

    private static Amount words(SplittableRandom r, Scale scale) {
        int v = value(r, new Scale(scale.min(), Math.min(scale.max(), 99)));
        if (v < 2) {
            v = 2;
        }
        if (scale.max() >= 200 && r.nextInt(4) == 0) {
            v = 100 * (1 + r.nextInt(3)) + r.nextInt(60);
        }
        return new Amount(NumberWords.of(v), Interval.exact(v));
    }

    private static Amount qualified(SplittableRandom r, String[] words, Qualifier q, int v) {
        String number = v <= 20 && r.nextInt(3) == 0 ? NumberWords.of(v) : NumberWords.digits(v);
        return new Amount(words[r.nextInt(words.length)] + " " + number, Interval.of(q, v));
    }

    private static Amount range(SplittableRandom r, Scale scale) {
        int low = value(r, scale);
        if (low <= 8 && r.nextInt(2) == 0) {
            return new Amount(NumberWords.of(low) + " or " + NumberWords.of(low + 1), Interval.range(low, low + 1));
        }
        int high = low + Math.max(1, (int) Math.round(low * (0.1 + r.nextDouble() * 0.5)));
        if (low >= 100) {
            low = low / 10 * 10;
            high = Math.max(low + 10, high / 10 * 10);
        }
        String a = NumberWords.digits(low);
        String b = NumberWords.digits(high);
        String text = switch (r.nextInt(4)) {
            case 0 -> "between " + a + " and " + b;
            case 1 -> a + " to " + b;
            case 2 -> a + "-" + b;
            default -> a + "\u2013" + b;
        };
        return new Amount(text, Interval.range(low, high));
    }

    private static Amount vague(SplittableRandom r, Scale scale) {
        List<Vague> fitting = VAGUE.stream().filter(x -> x.low() >= scale.min() && x.low() <= scale.max()).toList();
        Vague v = fitting.isEmpty() ? VAGUE.get(3) : fitting.get(r.nextInt(fitting.size()));
        return new Amount(v.text(), Interval.vague(v.low(), v.high()));
    }

    private static Amount million(SplittableRandom r) {
        int tenths = 11 + r.nextInt(19);
        String text = String.format(Locale.ROOT, "%d.%d million", tenths / 10, tenths % 10);
        double v = tenths * 100_000.0;
        return switch (r.nextInt(3)) {
            case 0 -> new Amount(text, Interval.exact(v));
            case 1 -> new Amount("an estimated " + text, Interval.of(Qualifier.ABOUT, v));
            default -> new Amount("up to " + text, Interval.of(Qualifier.UP_TO, v));
        };
    }
}
