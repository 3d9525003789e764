package yoy.extract;

import java.util.List;
import yoy.indicators.Indicator;
import yoy.indicators.Measure;

/**
 * Why a number was counted under an indicator's measure: the cue words that matched, how surely its noun is what
 * the measure counts ({@code noun}: "own noun", "a kind it counts", "none") and where its topic stood ({@code topic}).
 */
record RuleMatch(Indicator indicator, Measure measure, int score, List<String> cues, String noun, String topic) {

    /** The rule in words, for {@code explain}. */
    String describe() {
        return indicator.id() + "/" + measure.id() + " (cues: " + String.join(", ", cues) + "; noun: " + noun
                + "; topic: " + topic + ")";
    }
}
