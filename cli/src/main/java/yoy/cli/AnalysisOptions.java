package yoy.cli;

import picocli.CommandLine.Mixin;
import yoy.pipeline.Jobs;
import yoy.pipeline.RunFilter;

/** The options of the commands that build series: inputs, filters and human decisions. */
final class AnalysisOptions {

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Mixin
    OverridesOption overrides;

    /** What the options name, with the filter they describe. */
    Analysis.Inputs inputs() {
        return inputs(filters.toFilter());
    }

    /** What the options name, with another filter (a command that narrows the given one). */
    Analysis.Inputs inputs(RunFilter filter) {
        return new Analysis.Inputs(input.corpus, input.indicators, filter, overrides.overrides, overrides.figures,
                Jobs.all(), input.keepGoing);
    }
}
