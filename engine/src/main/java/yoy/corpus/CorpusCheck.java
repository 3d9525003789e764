package yoy.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import yoy.error.ExitCode;
import yoy.model.DocumentMeta;

/**
 * Checks a corpus folder and reports every problem at once, for a {@code validate} command: missing or
 * wrong manifest entries, missing or implausible coverage years, unreadable, non-UTF-8, binary or empty
 * reports (errors), and the same text saved twice or a manifest year the text contradicts (warnings).
 * The rules are exactly those of {@link CorpusReader#documents()}.
 */
public final class CorpusCheck {

    /** What a check found: the metadata of every report it could describe, and every problem. */
    public record Result(List<DocumentMeta> documents, List<CorpusProblem> problems) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    private CorpusCheck() {
    }

    public static List<CorpusProblem> check(Path dir) {
        return check(dir, line -> { });
    }

    /** As {@link #check(Path)}; {@code notices} receives the metadata-inference lines. */
    public static List<CorpusProblem> check(Path dir, Consumer<String> notices) {
        return new CorpusReader(dir, notices).check();
    }

    /** As {@link #check(Path, Consumer)}, with the metadata of the reports (for a check narrowed by a filter). */
    public static Result inspect(Path dir, Consumer<String> notices) {
        return new CorpusReader(dir, notices).inspect();
    }

    /** The exit code a run should end with: that of the first error, or OK when there are only warnings. */
    public static ExitCode exitCode(List<CorpusProblem> problems) {
        return problems.stream().filter(CorpusProblem::isError).map(CorpusProblem::exitCode).findFirst()
                .orElse(ExitCode.OK);
    }
}
