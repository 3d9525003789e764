package yoy.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.model.Qualifier;

/**
 * Paragraphs with more than one figure: a qualifier shared by coordinated figures, ratios, comparisons
 * with an earlier year, a figure that leaves its noun out ("and 9 in 2022"), and back-references
 * ("six of whom were fined", "Hundreds more were ...").
 */
final class CompoundTemplates {

    private CompoundTemplates() {
    }

    /** A template written as a function, for paragraphs whose figures depend on each other. */
    private record Custom(List<String> indicators, Function<Ctx, Piece> writer) implements Template {
        @Override
        public String indicator() {
            return indicators.get(0);
        }

        @Override
        public Piece write(Ctx c) {
            return writer.apply(c);
        }
    }

    private static Template of(Function<Ctx, Piece> writer, String... indicators) {
        return new Custom(List.of(indicators), writer);
    }

    static List<Template> all() {
        List<Template> t = new ArrayList<>();
        t.add(of(CompoundTemplates::sharedDeaths, "protest_deaths"));
        t.add(of(CompoundTemplates::sharedRally, "protest_detentions", "journalists_detained_or_prosecuted"));
        t.add(of(CompoundTemplates::ratioPermits, "protest_permits_denied"));
        t.add(of(CompoundTemplates::ofWhomFined, "protest_detentions", "protest_prosecutions"));
        t.add(of(CompoundTemplates::moreUnderInvestigation, "extremism_prosecutions"));
        t.add(of(CompoundTemplates::comparedSamePeriod, "domestic_killings"));
        t.add(of(CompoundTemplates::upFromPreviousYear, "domestic_killings"));
        t.add(of(CompoundTemplates::nounEllipsis, "journalists_detained_or_prosecuted"));
        t.add(of(CompoundTemplates::numberRose, "political_prisoners"));
        t.add(of(CompoundTemplates::includingChildren, "protest_deaths"));
        t.add(of(CompoundTemplates::tortureCasesReachedCourt, "torture_cases"));
        t.add(of(CompoundTemplates::sinceRunningTotal, "religious_prosecutions"));
        t.add(of(CompoundTemplates::whenClause, "protest_detentions"));
        t.add(of(CompoundTemplates::factBox, "political_prisoners", "journalists_detained_or_prosecuted"));
        t.add(of(CompoundTemplates::sentenceLengths, "protest_prosecutions"));
        return t;
    }

    private static Expected fig(String indicator, String measure, int year, Interval iv) {
        return new Expected(indicator, measure, year, iv, Period.year(year));
    }

    /** "At least 17 civilians and four law enforcement officers were killed": one qualifier for both. */
    private static Piece sharedDeaths(Ctx c) {
        Amount a = Amounts.draw(c.random(), Amounts.Scale.MEDIUM, Amounts.POINT);
        int n = 2 + c.random().nextInt(20);
        Qualifier q = a.interval().qualifier();
        String text = Ctx.cap(a.text()) + " civilians and " + (c.chance(50) ? NumberWords.of(n) : Integer.toString(n))
                + " law enforcement officers were killed during the unrest in " + c.city() + ".";
        int y = c.coverageYear();
        return new Piece(text, List.of(fig("protest_deaths", "civilians", y, a.interval()),
                fig("protest_deaths", "law_enforcement", y, Interval.of(q, n))));
    }

    /** "During the rally, police detained about 30 activists and five journalists." */
    private static Piece sharedRally(Ctx c) {
        Amount a = Amounts.draw(c.random(), Amounts.Scale.MEDIUM, Amounts.POINT);
        int n = 2 + c.random().nextInt(9);
        Qualifier q = a.interval().qualifier();
        String text = "During the rally in " + c.city() + ", police detained " + a.text() + " activists and "
                + NumberWords.of(n) + " journalists.";
        int y = c.coverageYear();
        return new Piece(text, List.of(fig("protest_detentions", "detained", y, a.interval()),
                fig("journalists_detained_or_prosecuted", "detained", y, Interval.of(q, n))));
    }

    /** "Officials turned down 41 of the 60 applications": the total is not a figure. */
    private static Piece ratioPermits(Ctx c) {
        int total = 10 + c.random().nextInt(150);
        int x = 2 + c.random().nextInt(total - 2);
        String text = "Officials turned down " + x + " of the " + total
                + " applications to hold rallies that activists submitted during the year.";
        return new Piece(text, List.of(fig("protest_permits_denied", "denied", c.coverageYear(), Interval.exact(x))));
    }

    /** "... detained eleven people, six of whom were later fined." */
    private static Piece ofWhomFined(Ctx c) {
        int n = 6 + c.random().nextInt(60);
        int k = 2 + c.random().nextInt(n / 2);
        String text = "Residents of " + c.city() + " gathered outside the district administration to demand the"
                + " release of a local activist. Police dispersed the crowd and detained " + words(c, n)
                + " people, " + words(c, k) + " of whom were later fined.";
        int y = c.coverageYear();
        return new Piece(text, List.of(fig("protest_detentions", "detained", y, Interval.exact(n)),
                fig("protest_prosecutions", "administrative_sanctions", y, Interval.exact(k))));
    }

    /** "Courts convicted ... Hundreds more were under criminal investigation on the same charges." */
    private static Piece moreUnderInvestigation(Ctx c) {
        Amount a = Amounts.draw(c.random(), Amounts.Scale.LARGE, Amounts.POINT);
        boolean hundreds = c.chance(50);
        String text = "Courts convicted " + a.text() + " people under extremism articles of the criminal code during"
                + " the year, many for sharing posts by banned groups. " + (hundreds ? "Hundreds" : "Dozens")
                + " more were under criminal investigation on the same charges.";
        int y = c.coverageYear();
        return new Piece(text, List.of(fig("extremism_prosecutions", "convicted", y, a.interval()),
                fig("extremism_prosecutions", "under_investigation", y,
                        hundreds ? Interval.vague(200, 999) : Interval.vague(24, 199))));
    }

    /** "In the first six months of the year, 167 women were killed ..., compared with 181 in the same period in 2020." */
    private static Piece comparedSamePeriod(Ctx c) {
        int y = c.coverageYear();
        int m = 3 + c.random().nextInt(8);
        int n = 10 + c.random().nextInt(300);
        int before = 10 + c.random().nextInt(300);
        String text = "In the first " + NumberWords.of(m) + " months of the year, " + n
                + " women were killed by their partners or relatives, compared with " + before
                + " in the same period in " + (y - 1) + ".";
        return new Piece(text, List.of(
                new Expected("domestic_killings", "registered", y, Interval.exact(n), Period.months(y, 1, m)),
                new Expected("domestic_killings", "registered", y - 1, Interval.exact(before), Period.months(y - 1, 1, m))));
    }

    /** "... 19 domestic killings of women during the year, up from 14 the previous year." */
    private static Piece upFromPreviousYear(Ctx c) {
        int y = c.coverageYear();
        int n = 5 + c.random().nextInt(200);
        int before = 5 + c.random().nextInt(200);
        String text = "The prosecutor's office reported " + n + " domestic killings of women during the year, "
                + (before < n ? "up" : "down") + " from " + before + " the previous year.";
        return new Piece(text, List.of(fig("domestic_killings", "registered", y, Interval.exact(n)),
                fig("domestic_killings", "registered", y - 1, Interval.exact(before))));
    }

    /** "Courts convicted 14 bloggers ... in 2021 and 9 in 2022": the second figure has no noun of its own. */
    private static Piece nounEllipsis(Ctx c) {
        int y = c.coverageYear();
        int a = 2 + c.random().nextInt(40);
        int b = 2 + c.random().nextInt(40);
        String text = "Courts convicted " + a + " bloggers of insulting officials in " + (y - 1) + " and " + b
                + " in " + y + ", according to local monitors.";
        return new Piece(text, List.of(fig("journalists_detained_or_prosecuted", "prosecuted", y - 1, Interval.exact(a)),
                fig("journalists_detained_or_prosecuted", "prosecuted", y, Interval.exact(b))));
    }

    /** "The number of political prisoners rose from 169 at the end of 2020 to 969 at the end of 2021." */
    private static Piece numberRose(Ctx c) {
        int y = c.coverageYear();
        int a = 10 + c.random().nextInt(900);
        int b = 10 + c.random().nextInt(900);
        String text = "The number of political prisoners " + (a < b ? "rose" : "fell") + " from "
                + NumberWords.digits(a) + " at the end of " + (y - 1) + " to " + NumberWords.digits(b)
                + " at the end of " + y + ".";
        return new Piece(text, List.of(fig("political_prisoners", "imprisoned", y - 1, Interval.exact(a)),
                fig("political_prisoners", "imprisoned", y, Interval.exact(b))));
    }

    /** "... killed at least 321 protesters and bystanders, including 44 children": the children are part of it. */
    private static Piece includingChildren(Ctx c) {
        int n = 20 + c.random().nextInt(400);
        int k = 2 + c.random().nextInt(n / 4);
        String text = "Security forces unlawfully killed at least " + n + " protesters and bystanders, including "
                + k + " children, during the protests in " + c.city() + ".";
        return new Piece(text, List.of(fig("protest_deaths", "civilians", c.coverageYear(), Interval.of(Qualifier.AT_LEAST, n))));
    }

    /** "Of the 57 torture cases investigated during the year, only four reached court." */
    private static Piece tortureCasesReachedCourt(Ctx c) {
        int n = 10 + c.random().nextInt(120);
        int k = 2 + c.random().nextInt(Math.min(18, n - 2));
        String text = "Of the " + n + " torture cases investigated during the year, only " + NumberWords.of(k)
                + " reached court.";
        int y = c.coverageYear();
        return new Piece(text, List.of(fig("torture_cases", "under_investigation", y, Interval.exact(n)),
                fig("torture_cases", "cases_in_court", y, Interval.exact(k))));
    }

    /** "Since March 2018, at least 19 ... have been fined": a running total, never one year's value. */
    private static Piece sinceRunningTotal(Ctx c) {
        int y = c.coverageYear();
        int from = y - 1 - c.random().nextInt(3);
        int m = 1 + c.random().nextInt(12);
        Amount a = Amounts.draw(c.random(), Amounts.Scale.SMALL, Amounts.POINT);
        String text = "Police raided private homes where believers met for worship in " + c.city() + ". Since "
                + Timing.month(m) + " " + from + ", " + a.text() + " " + c.pick("Jehovah's Witnesses", "Christians", "Muslims")
                + " have been fined for meeting for worship without state permission.";
        Period running = Period.cumulative(java.time.YearMonth.of(from, m), java.time.YearMonth.of(y, 12));
        return new Piece(text, List.of(new Expected("religious_prosecutions", "prosecuted", y, a.interval(), running)));
    }

    /** "... who had protested in August 2019, when more than 6,700 people were detained": the clause's time dates it. */
    private static Piece whenClause(Ctx c) {
        int y = c.coverageYear() - 1;
        int m = 1 + c.random().nextInt(12);
        Amount a = Amounts.draw(c.random(), Amounts.Scale.LARGE, Amounts.POINT);
        String text = "Courts continued to try people who had protested against the election results in "
                + Timing.month(m) + " " + y + ", when " + a.text() + " people were detained.";
        return new Piece(text, List.of(new Expected("protest_detentions", "detained", y, a.interval(), Period.months(y, m, m))));
    }

    /** A fact box of bullet lines, as on scraped country pages. */
    private static Piece factBox(Ctx c) {
        int y = c.coverageYear();
        int a = 20 + c.random().nextInt(2000);
        int b = 2 + c.random().nextInt(40);
        String text = "Key figures\n\u2022 " + NumberWords.digits(a) + " political prisoners at year's end\n\u2022 " + b
                + " journalists in detention";
        return new Piece(text, List.of(fig("political_prisoners", "imprisoned", y, Interval.exact(a)),
                fig("journalists_detained_or_prosecuted", "detained", y, Interval.exact(b))));
    }

    /** "... sentenced 40 protesters to prison terms of between three and six years": the lengths are not counts. */
    private static Piece sentenceLengths(Ctx c) {
        Amount a = Amounts.draw(c.random(), Amounts.Scale.MEDIUM, Amounts.POINT);
        int lo = 2 + c.random().nextInt(5);
        String text = "Courts sentenced " + a.text() + " protesters to prison terms of between " + NumberWords.of(lo)
                + " and " + NumberWords.of(lo + 1 + c.random().nextInt(6)) + " years for their part in the protests.";
        return new Piece(text, List.of(fig("protest_prosecutions", "sentenced", c.coverageYear(), a.interval())));
    }

    private static String words(Ctx c, int n) {
        return n <= 99 && c.chance(50) ? NumberWords.of(n) : Integer.toString(n);
    }
}
