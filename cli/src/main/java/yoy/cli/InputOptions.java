package yoy.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import yoy.corpus.CorpusReader;
import yoy.error.ExitCode;
import yoy.pipeline.RunResult;

/** The inputs every reading command shares: the corpus folder and the indicator definitions. */
final class InputOptions {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of reports (.txt, .html, .htm, .pdf) and optional manifest.yaml (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--indicators", paramLabel = "FILE", defaultValue = "indicators.yaml",
            description = "Indicator definitions (default: ${DEFAULT-VALUE}).")
    Path indicators;

    @Option(names = "--keep-going",
            description = "Skip a report that cannot be read (empty, binary, undated, a damaged PDF) instead of stopping:"
                    + " each is named on stderr and listed in manifest.json, and the exit code is 3.")
    boolean keepGoing;

    /** The corpus reader these options ask for: strict, or one that skips unreadable reports. */
    CorpusReader reader(Consumer<String> notices) {
        return reader(corpus, keepGoing, notices);
    }

    static CorpusReader reader(Path corpus, boolean keepGoing, Consumer<String> notices) {
        // A skipped report is an error about that report, so its line goes out through the notices with "yoy: ",
        // where Messages shows it even under -q.
        return keepGoing ? CorpusReader.keepingGoing(corpus, notices, line -> notices.accept("yoy: " + line))
                : new CorpusReader(corpus, notices);
    }

    /** 0, or {@link ExitCode#SKIPPED} when the run left reports out. */
    static int exitCode(RunResult run) {
        return exitCode(run.skipped().size());
    }

    /** 0, or {@link ExitCode#SKIPPED} when {@code skipped} reports were left out. */
    static int exitCode(int skipped) {
        return skipped == 0 ? 0 : ExitCode.SKIPPED.code();
    }
}
