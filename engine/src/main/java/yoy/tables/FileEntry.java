package yoy.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file listed in a manifest: its path (relative, with {@code /}), size and SHA-256. */
public record FileEntry(String path, long bytes, String sha256) {

    public FileEntry {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("manifest paths are relative with '/' separators, got '" + path + "'");
        }
        if (bytes < 0 || sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("bad size or digest for " + path);
        }
    }

    /** Measures {@code file}, streaming it through the digest; {@code path} is how the manifest names it. */
    public static FileEntry of(Path file, String path) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        long bytes = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                bytes += n;
            }
        }
        return new FileEntry(path, bytes, HexFormat.of().formatHex(sha.digest()));
    }
}
