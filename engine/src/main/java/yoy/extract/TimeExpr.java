package yoy.extract;

/**
 * A time expression of a sentence: tokens {@code first..last} (inclusive, with its preposition).
 * {@code year} is 0 when the text names none ("in July", "during the year").
 *
 * <ul>
 *   <li>{@code MONTHS}: months {@code fromMonth..toMonth} ("in July", "between January and October").</li>
 *   <li>{@code YEAR}: the whole year ("in 2022", "during the year", "at year's end").</li>
 *   <li>{@code YEAR_TO_DATE}: January to {@code toMonth} ("as of October").</li>
 *   <li>{@code SINCE}: a running total from {@code year}/{@code fromMonth} ("since December 2014").</li>
 *   <li>{@code UNTIL}: a running total to the end of {@code year} ("as of late 2023").</li>
 *   <li>{@code SAME_PERIOD}: the months of the figure it is compared with ("in the same period in 2021").</li>
 *   <li>{@code PREVIOUS_YEAR}: the year before the report's ("last year").</li>
 *   <li>{@code WRITING}: the time of writing, which dates nothing.</li>
 * </ul>
 *
 * {@code fronted}: it opens the sentence and a comma follows ("In July, ..."), so it dates the main clause.
 * {@code ofFollows}: "of" follows, so it dates a noun ("the conviction in November 2023 of ...").
 * {@code episode}: it dates an episode ("protests in January 2022", "the January 2022 events").
 */
public record TimeExpr(int first, int last, Kind kind, int year, int fromMonth, int toMonth, boolean fronted,
        boolean ofFollows, boolean episode) {

    public enum Kind { MONTHS, YEAR, YEAR_TO_DATE, SINCE, UNTIL, SAME_PERIOD, PREVIOUS_YEAR, WRITING }

    public boolean hasYear() {
        return year > 0;
    }

    TimeExpr withFlags(boolean fronted, boolean ofFollows, boolean episode) {
        return new TimeExpr(first, last, kind, year, fromMonth, toMonth, fronted, ofFollows, episode);
    }
}
