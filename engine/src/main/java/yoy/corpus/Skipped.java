package yoy.corpus;

/**
 * A report a run left out because it could not be read (empty, binary, undated, a damaged PDF), when told to
 * keep going: its file name and the one-line reason, as an error would have said it.
 */
public record Skipped(String file, String reason) {

    public Skipped {
        if (file == null || file.isEmpty() || reason == null || reason.isEmpty()) {
            throw new IllegalArgumentException("file and reason are required");
        }
    }
}
