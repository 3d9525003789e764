package yoy.error;

/** Process exit codes, after BSD sysexits. Documented in the README and in {@code yoy --help}. */
public enum ExitCode {
    OK(0, "ok"),
    INTERNAL(1, "internal error"),
    USAGE(2, "usage: bad options or arguments"),
    SKIPPED(3, "done, but some reports could not be read and were skipped (--keep-going)"),
    DATA(65, "bad data: a corpus file, manifest or indicator file is invalid"),
    NO_INPUT(66, "missing input: a folder or file does not exist or holds nothing to read"),
    CANT_WRITE(73, "cannot write output");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
