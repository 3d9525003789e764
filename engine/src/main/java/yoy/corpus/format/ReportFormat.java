package yoy.corpus.format;

import java.util.Locale;

/** The formats a corpus folder may hold, told by the file name's extension (any case). */
public enum ReportFormat {
    TXT(".txt"),
    HTML(".html", ".htm"),
    PDF(".pdf");

    private final String[] extensions;

    ReportFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format of a file name, or null when yoy does not read it. Hidden files are never reports. */
    public static ReportFormat of(String fileName) {
        if (fileName == null || fileName.startsWith(".")) {
            return null;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            for (String ext : f.extensions) {
                if (lower.length() > ext.length() && lower.endsWith(ext)) {
                    return f;
                }
            }
        }
        return null;
    }
}
