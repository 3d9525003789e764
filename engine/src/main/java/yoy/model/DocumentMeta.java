package yoy.model;

/**
 * What is known of one report: from the corpus manifest, or inferred from its text
 * ({@code inferred} then names what was guessed and how).
 */
public record DocumentMeta(
        String file,
        String title,
        String publisher,
        String country,
        int coverageYear,
        String url,
        String sha256,
        String inferred) {

    public DocumentMeta {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("file is required");
        }
        if (coverageYear < 1900 || coverageYear > 2200) {
            throw new IllegalArgumentException("implausible coverage year " + coverageYear + " for " + file);
        }
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
        country = country == null ? "" : country;
        url = url == null ? "" : url;
        sha256 = sha256 == null ? "" : sha256;
        inferred = inferred == null ? "" : inferred;
    }
}
