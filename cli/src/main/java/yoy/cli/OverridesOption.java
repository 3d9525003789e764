package yoy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The human decisions that correct or reject extracted figures, shared by the commands that build series. */
final class OverridesOption {

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "YAML file of human decisions that reject or correct extracted figures, each with a reason;"
                    + " an override whose figure is no longer extracted fails the run (exit 65).")
    Path overrides;
}
