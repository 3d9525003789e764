package yoy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The inputs every reading command shares: the corpus folder and the indicator definitions. */
final class InputOptions {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of .txt reports and optional manifest.yaml (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--indicators", paramLabel = "FILE", defaultValue = "indicators.yaml",
            description = "Indicator definitions (default: ${DEFAULT-VALUE}).")
    Path indicators;
}
