package yoy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that are not counts come back rejected, with the reason. */
class TrapsTest {

    private static List<Quantity> counts(String text) {
        return NumberReader.read(Tokenizer.tokenize(text, 0, text.length())).stream().filter(Quantity::isCount).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Human Rights Watch | 350 Fifth Avenue, 34th Floor | New York, NY 10118-3299 USA | t 1.212.290.4700",
            "Human Rights Watch is a 501(C)(3) nonprofit registered in the US under EIN: 13-2875808",
            "© 2022 Human Rights Watch",
            "Copyright © 2019 Amnesty International",
            "sentenced to seven years’ imprisonment and fined EUR 245",
            "under Article 405 of the Criminal Code, punishable by up to 15 days in jail",
            "the group applied for registration for the 25th time on 12 May 2024",
            "claimed 81% of the votes, a 1.5°C rise",
            "they had no fewer than 50 founding members if they wished to register",
            "at 10:30 on Monday a four-year-old girl"})
    void yieldNoCount(String text) {
        assertEquals(List.of(), counts(text));
    }

    /** Digits of another script are read, not a crash: Double.parseDouble takes ASCII only. */
    @org.junit.jupiter.api.Test
    void readsDigitsOfAnyScript() {
        List<Quantity> read = counts("police detained ١٢٠ protesters");
        assertEquals(1, read.size());
        assertEquals(120.0, read.get(0).interval().value());
    }

    /** "mid-" with a word that is not a year is no date, not a crash. */
    @org.junit.jupiter.api.Test
    void readsMidCenturyWithoutCrashing() {
        String text = "Since the mid-20th century, 40 people were detained.";
        List<TimeExpr> times = TimeReader.read(Tokenizer.tokenize(text, 0, text.length()));
        assertEquals(List.of(), times.stream().filter(t -> t.kind() == TimeExpr.Kind.YEAR).toList());
        assertEquals(1, counts(text).size());
    }
}
