package yoy.cli;

import picocli.CommandLine.Option;
import yoy.pipeline.Jobs;

/** {@code --jobs N}: how many threads extraction runs on (all cores by default). Output does not depend on it. */
final class JobsOption {

    @Option(names = "--jobs", paramLabel = "N",
            description = "Threads to extract on (default: all cores). The output is the same for every N.")
    Integer jobs;

    /** The thread count, checked; all cores when not given. */
    int count() {
        return Jobs.of(jobs);
    }
}
