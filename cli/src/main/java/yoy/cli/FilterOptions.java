package yoy.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.pipeline.RunFilter;
import yoy.series.YearRange;

/** The filters every command shares: a span of event years, some indicators, some countries. */
final class FilterOptions {

    // The same bounds a document's coverage year must respect.
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    @Option(names = "--from", paramLabel = "YEAR",
            description = "First event year to keep; the series start there (default: the earliest year found).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR",
            description = "Last event year to keep; the series end there (default: the latest year found).")
    Integer to;

    @Option(names = "--indicator", paramLabel = "ID", split = ",",
            description = "Only this indicator; repeat or separate with commas for several (default: all).")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--country", paramLabel = "NAME", split = ",",
            description = "Only documents about this country (ignoring case); repeatable (default: all).")
    List<String> countries = new ArrayList<>();

    /** The filter these options describe; a reversed span is a usage error. */
    RunFilter toFilter() {
        int first = from == null ? YearRange.ALL.from() : from;
        int last = to == null ? YearRange.ALL.to() : to;
        check("--from", from);
        check("--to", to);
        if (first > last) {
            throw new YoyException(ExitCode.USAGE, "--from " + from + " is after --to " + to
                    + "; give the earlier year to --from");
        }
        return new RunFilter(strip(indicators), new YearRange(first, last), strip(countries));
    }

    private static void check(String option, Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new YoyException(ExitCode.USAGE, option + " " + year + " is not a plausible year; give a year between "
                    + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    private static Set<String> strip(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
