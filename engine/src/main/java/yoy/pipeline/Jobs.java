package yoy.pipeline;

import yoy.error.ExitCode;
import yoy.error.YoyException;

/** How many threads extraction runs on: all cores unless the user says otherwise. */
public final class Jobs {

    private Jobs() {
    }

    /** Every core the JVM may use. */
    public static int all() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** {@code requested} checked, or {@link #all()} when it is null. */
    public static int of(Integer requested) {
        if (requested == null) {
            return all();
        }
        if (requested < 1) {
            throw new YoyException(ExitCode.USAGE, "--jobs must be 1 or more (got " + requested + ")"
                    + "; leave it out to use all " + all() + " cores");
        }
        return requested;
    }
}
