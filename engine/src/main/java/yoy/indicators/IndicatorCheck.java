package yoy.indicators;

import java.util.List;
import yoy.error.ExitCode;

/**
 * What checking an indicator file found, for {@code yoy validate}: the definitions that loaded and every
 * problem, in file order. A broken definition does not hide the problems of the ones after it; a
 * problem with the file as a whole (unreadable, not YAML) is the only one reported.
 */
public record IndicatorCheck(String source, List<Indicator> loaded, List<IndicatorProblem> problems) {

    public IndicatorCheck {
        loaded = List.copyOf(loaded);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** 66 when the file is missing, otherwise 65 when anything is wrong, otherwise 0. */
    public ExitCode exitCode() {
        if (problems.stream().anyMatch(p -> p.exitCode() == ExitCode.NO_INPUT)) {
            return ExitCode.NO_INPUT;
        }
        return problems.isEmpty() ? ExitCode.OK : problems.get(0).exitCode();
    }
}
