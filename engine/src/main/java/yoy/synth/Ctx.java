package yoy.synth;

import java.util.List;
import java.util.SplittableRandom;

/** What a template may draw on while it writes one paragraph of one report. */
record Ctx(SplittableRandom random, int coverageYear, String country, List<String> cities) {

    String city() {
        return cities.get(random.nextInt(cities.size()));
    }

    String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** The sentence with its first letter capitalised. */
    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
