package yoy.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which patterns the load-time check calls catastrophic: unbounded repetition of a group that repeats without bound. */
class RegexLintTest {

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+$", "(a*)*b", "(\\w+\\s?)*$", "((ab)+c)+", "(?:x+y)+", "(?<w>a+)+", "(a+){2,}",
            "(a+)*?", "(x(a+))+", "([a-z]+ )+$", "(\\p{L}+,)+", "(\\d+|x)+"})
    void nestedUnboundedRepetitionIsFound(String pattern) {
        assertTrue(RegexLint.nestedQuantifier(pattern) >= 0, pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a+b+", "(ab)+", "(a+){2}", "(a+){1,3}", "(?>a+)+", "(a++)+", "(a+)++", "[(a+)]+",
            "\\(a+\\)+", "\\Q(a+)+\\E", "(?i)(ab)+", "(a{1,5})+", "permits? (granted|approved)", "^$", "(a|b)+",
            "[)]+(a)+", "(?:[a-z]+)", "\\p{L}+(\\.)+"})
    void otherPatternsPass(String pattern) {
        assertEquals(-1, RegexLint.nestedQuantifier(pattern), pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+$"})
    void pointsAtTheOuterQuantifier(String pattern) {
        assertEquals(4, RegexLint.nestedQuantifier(pattern));
    }
}
