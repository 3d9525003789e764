package yoy.synth;

import java.util.List;
import java.util.function.Function;

/**
 * Paragraphs with numbers that are not counts, set beside the words that would make a loose rule fire:
 * sentence and detention lengths, article numbers, money, percentages, dates, times, thresholds, years.
 * None states a figure (docs/extraction.md, "Rejected as non-counts").
 */
final class Traps {

    private static final List<Function<Ctx, String>> TRAPS = List.of(
            c -> "A court in " + c.city() + " sentenced the activist to " + NumberWords.of(2 + c.random().nextInt(12))
                    + " years' imprisonment for organizing the protest.",
            c -> "Organizing an unauthorized rally was punishable by up to " + (10 + c.random().nextInt(21))
                    + " days of administrative detention.",
            c -> "The blogger was detained and given " + (5 + c.random().nextInt(11))
                    + " days' administrative detention for reposting a video of the protest.",
            c -> "Prosecutors charged the journalist under Article " + (100 + c.random().nextInt(300))
                    + " of the Criminal Code for calling for protests.",
            c -> "Article " + (100 + c.random().nextInt(300)) + " of the Criminal Code punishes participation in"
                    + " a banned organization with up to " + NumberWords.of(3 + c.random().nextInt(8)) + " years in prison.",
            c -> "A court fined the organizer of the picket the equivalent of EUR " + (100 + c.random().nextInt(900)) + ".",
            c -> "Some " + (20 + c.random().nextInt(60)) + " percent of the detainees interviewed said they had been"
                    + " tortured during interrogation.",
            c -> "On " + (1 + c.random().nextInt(28)) + " " + Timing.month(1 + c.random().nextInt(12))
                    + ", police detained protesters across the country.",
            c -> "At about " + (8 + c.random().nextInt(4)) + " p.m., riot police began detaining protesters near the"
                    + " central square.",
            c -> "The law requires organizers to notify the authorities of any rally with more than "
                    + (50 + c.random().nextInt(10) * 50) + " participants at least " + (3 + c.random().nextInt(8))
                    + " days in advance.",
            c -> "The assembly law adopted in " + (1995 + c.random().nextInt(c.coverageYear() - 1994))
                    + " remained in force, and protesters continued to be detained under it.",
            c -> "For the " + ordinal(3 + c.random().nextInt(15)) + " year in a row, the city authorities refused"
                    + " permission for the march.",
            c -> "A religious community could only register if it had at least " + (50 + c.random().nextInt(10) * 50)
                    + " adult citizen members resident in the locality.");

    private Traps() {
    }

    static Piece paragraph(Ctx c) {
        return new Piece(TRAPS.get(c.random().nextInt(TRAPS.size())).apply(c), List.of());
    }

    private static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
