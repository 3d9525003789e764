package yoy.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import yoy.model.DocumentMeta;

/**
 * Reads a folder of {@code .txt} reports with an optional {@code manifest.yaml}. (Contract stub: being
 * implemented.)
 */
public final class CorpusReader {

    private final Path dir;
    private final Consumer<String> notices;

    /** {@code notices} receives one line per metadata inference ("file: coverage year 2016 inferred from 'Events of 2016'"). */
    public CorpusReader(Path dir, Consumer<String> notices) {
        this.dir = dir;
        this.notices = notices;
    }

    /** Metadata of every document, sorted by file name; validates the folder and manifest. Throws YoyException. */
    public List<DocumentMeta> documents() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads one document's text; throws YoyException (exit 65) on binary or non-UTF-8 content. */
    public Document read(DocumentMeta meta) {
        throw new UnsupportedOperationException("not yet");
    }
}
