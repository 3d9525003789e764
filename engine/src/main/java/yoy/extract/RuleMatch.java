package yoy.extract;

import java.util.List;
import yoy.indicators.Indicator;
import yoy.indicators.Measure;

/** Why a number was counted under an indicator's measure: the noun and cue words that matched. */
record RuleMatch(Indicator indicator, Measure measure, int score, List<String> cues) {
}
