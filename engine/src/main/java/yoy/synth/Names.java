package yoy.synth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invented countries, cities and publishers, so that synthetic figures can never be mistaken for
 * real ones about a real country.
 */
final class Names {

    static final List<String> PUBLISHERS = List.of("Civic Rights Monitor", "Open Assembly Watch",
            "Meridian Human Rights Centre", "Liberty Ledger Foundation");

    private static final String[] HEADS = {"Val", "Kar", "Ost", "Bel", "Mor", "Tan", "Zer", "Lud", "Sar", "Quen",
        "Dra", "Vel", "Nor", "Pel", "Ard", "Kes", "Tor", "Lim", "Gar", "Hal", "Ser", "Ven", "Bra", "Cor"};
    private static final String[] MIDS = {"", "a", "o", "e", "i", "an", "or", "el"};
    private static final String[] TAILS = {"doria", "stan", "mark", "avia", "enia", "land", "ica", "ovia", "esh",
        "ara", "ania", "istan"};
    private static final String[] CITY_TAILS = {"grad", "burg", "port", "ford", "ovo", "abad", "ville", "sk",
        "haven", "mir"};

    private Names() {
    }

    /** {@code n} distinct invented country names, the same for every seed so that corpora line up. */
    static List<String> countries(int n) {
        Set<String> names = new LinkedHashSet<>();
        SplittableRandom r = new SplittableRandom(0x5EEDC0FFEEL);
        while (names.size() < n) {
            names.add(HEADS[r.nextInt(HEADS.length)] + MIDS[r.nextInt(MIDS.length)] + TAILS[r.nextInt(TAILS.length)]);
        }
        return new ArrayList<>(names);
    }

    /** A few invented cities of a country, derived from its name. */
    static List<String> cities(String country) {
        SplittableRandom r = new SplittableRandom(country.hashCode());
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < 4) {
            names.add(HEADS[r.nextInt(HEADS.length)] + MIDS[r.nextInt(MIDS.length)]
                    + CITY_TAILS[r.nextInt(CITY_TAILS.length)]);
        }
        return new ArrayList<>(names);
    }
}
