package yoy.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import yoy.corpus.CorpusCheck;
import yoy.corpus.CorpusProblem;
import yoy.error.ExitCode;
import yoy.indicators.IndicatorCheck;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorProblem;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.pipeline.RunFilter;

/**
 * {@code yoy validate}: checks the indicator file and the corpus without extracting or writing
 * anything, and lists every problem found, one {@code file:line:col: message} line each.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Check the indicator file and the corpus (manifest entries, coverage years, duplicate reports,"
                + " unreadable or non-UTF-8 files, encrypted, scanned or damaged PDFs and web pages) and print every"
                + " problem as a 'file:line:col: message' line on stdout. A book with a chapter per country is named"
                + " with the chapters found, on stderr. Writes no files.",
        footer = {"", "Exits 0 when nothing is wrong (warnings alone leave it at 0), 65 when something is invalid,"
                + " 66 when the indicator file or the corpus folder is missing.",
                "", "Examples:",
                "  ./yoy validate",
                "  ./yoy validate --indicators my-indicators.yaml --corpus my-reports",
                "  ./yoy validate --country Kazakhstan --from 2020",
                "",
                "Filters: --country and --from/--to check only the reports about those countries whose coverage year"
                        + " is in the span (problems of the manifest, of the folder and of reports whose metadata cannot"
                        + " be read are always listed). --indicator checks that each id is defined; the whole indicator"
                        + " file is still checked, because one broken definition stops every run."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() {
        Messages messages = Flags.messages(spec);
        RunFilter filter = filters.toFilter();
        IndicatorCheck indicators = IndicatorLoader.check(input.indicators);
        if (indicators.isValid()) {
            // A broken file's ids are not all known, so only a clean file can say an id is undefined.
            filter.select(new IndicatorSet(indicators.source(), indicators.loaded()));
        }
        CorpusCheck.Result scanned = CorpusCheck.inspect(input.corpus, messages::note);
        List<DocumentMeta> checked = checked(scanned, filter);
        List<CorpusProblem> corpus = narrowed(scanned, checked);

        List<String> lines = new ArrayList<>();
        List<ExitCode> errors = new ArrayList<>();
        for (IndicatorProblem p : indicators.problems()) {
            lines.add(p.message());
            errors.add(p.exitCode());
        }
        int warnings = 0;
        for (CorpusProblem p : corpus) {
            if (p.isError()) {
                lines.add(p.message());
                errors.add(p.exitCode());
            } else {
                lines.add(asWarning(p.message()));
                warnings++;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String line : lines) {
            out.print(line + "\n");
        }
        out.flush();
        String narrowed = checked.size() == scanned.documents().size() ? ""
                : " (" + checked.size() + " of " + Messages.count(scanned.documents().size(), "report") + " checked)";
        messages.note(summary(indicators, errors.size(), warnings) + narrowed);
        return exitCode(errors).code();
    }

    /** The reports the filter keeps: about the wanted countries, with a coverage year in the span. */
    private static List<DocumentMeta> checked(CorpusCheck.Result scanned, RunFilter filter) {
        boolean clean = scanned.problems().stream().noneMatch(CorpusProblem::isError);
        // An unknown country is a usage error only when every report could be described: otherwise its
        // reports may be among the broken ones.
        List<DocumentMeta> about = clean ? filter.selectDocuments(scanned.documents())
                : scanned.documents().stream().filter(d -> filter.keepsCountry(d.country())).toList();
        return about.stream().filter(d -> filter.years().contains(d.coverageYear())).toList();
    }

    /** The problems, less those of reports the filter leaves out. */
    private List<CorpusProblem> narrowed(CorpusCheck.Result scanned, List<DocumentMeta> checked) {
        Set<String> left = new HashSet<>();
        for (DocumentMeta d : scanned.documents()) {
            left.add(input.corpus.resolve(d.file()) + ":");
        }
        for (DocumentMeta d : checked) {
            left.remove(input.corpus.resolve(d.file()) + ":");
        }
        List<CorpusProblem> kept = new ArrayList<>();
        for (CorpusProblem p : scanned.problems()) {
            if (left.stream().noneMatch(p.message()::startsWith)) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** 66 when an input is missing, otherwise 65 when anything is invalid, otherwise 0. */
    static ExitCode exitCode(List<ExitCode> errors) {
        if (errors.contains(ExitCode.NO_INPUT)) {
            return ExitCode.NO_INPUT;
        }
        return errors.isEmpty() ? ExitCode.OK : ExitCode.DATA;
    }

    /** {@code file:line:col: warning: message}, the form compilers use, so editors can tell warnings from errors. */
    static String asWarning(String message) {
        int at = message.indexOf(": ");
        return at < 0 ? "warning: " + message : message.substring(0, at + 2) + "warning: " + message.substring(at + 2);
    }

    private String summary(IndicatorCheck indicators, int errors, int warnings) {
        if (errors == 0 && warnings == 0) {
            return String.format(Locale.ROOT, "yoy: valid: %s (%d indicators) and %s",
                    input.indicators, indicators.loaded().size(), input.corpus);
        }
        return String.format(Locale.ROOT, "yoy: %d %s, %d %s in %s and %s", errors, errors == 1 ? "error" : "errors",
                warnings, warnings == 1 ? "warning" : "warnings", input.indicators, input.corpus);
    }
}
