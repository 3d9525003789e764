package yoy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The human decisions, shared by the commands that build series: overrides that correct or reject
 * extracted figures, and curated figures that add to them.
 */
final class OverridesOption {

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "YAML file of human decisions that reject or correct extracted figures, each with a reason;"
                    + " an override whose figure is no longer extracted fails the run (exit 65).")
    Path overrides;

    @Option(names = "--figures", paramLabel = "FILE.csv",
            description = "Curated figures to add, in the columns of observations.csv with a source (doc) and quote;"
                    + " for their indicator, measure and year they outrank extracted figures.")
    Path figures;
}
