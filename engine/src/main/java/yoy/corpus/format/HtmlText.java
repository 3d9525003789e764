package yoy.corpus.format;

import yoy.error.ExitCode;
import yoy.error.YoyException;

/** Placeholder until the reader lands. */
public final class HtmlText {

    public static final long MAX_BYTES = 32L << 20;

    private HtmlText() {
    }

    public static Converted read(byte[] bytes, String display) {
        throw new YoyException(ExitCode.DATA, YoyException.at(display, 0, 0, "this format is not read yet", "save it as .txt"));
    }
}
