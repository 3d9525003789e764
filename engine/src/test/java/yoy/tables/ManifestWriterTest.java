package yoy.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {

    @Test
    void prettySortedWithLineFeedsAndFinalNewline() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("indicators", "indicators.yaml");
        options.put("corpus", "seeds");
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("observations", 3L);
        counts.put("documents", 2L);
        String sha = "a".repeat(64);
        Manifest m = new Manifest("yoy", "0.1.0", options,
                List.of(new FileEntry("seeds/b.txt", 2, sha), new FileEntry("seeds/a.txt", 1, sha)),
                List.of(), counts);
        String json = ManifestWriter.toJson(m);
        assertEquals("""
                {
                  "counts": {
                    "documents": 2,
                    "observations": 3
                  },
                  "inputs": [
                    {
                      "bytes": 1,
                      "path": "seeds/a.txt",
                      "sha256": "%1$s"
                    },
                    {
                      "bytes": 2,
                      "path": "seeds/b.txt",
                      "sha256": "%1$s"
                    }
                  ],
                  "options": {
                    "corpus": "seeds",
                    "indicators": "indicators.yaml"
                  },
                  "outputs": [],
                  "tool": {
                    "name": "yoy",
                    "version": "0.1.0"
                  }
                }
                """.formatted(sha), json);
        assertFalse(json.contains("\r"));
    }

    @Test
    void fileEntriesMeasureSizeAndDigest(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.txt");
        Files.write(f, "abc".getBytes(StandardCharsets.UTF_8));
        FileEntry e = FileEntry.of(f, "x.txt");
        assertEquals(3, e.bytes());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", e.sha256());
    }

    @Test
    void manifestPathsAreNeverAbsolute() {
        String sha = "0".repeat(64);
        assertThrows(IllegalArgumentException.class, () -> new FileEntry("/tmp/x", 1, sha));
        assertThrows(IllegalArgumentException.class, () -> new FileEntry("C:\\x", 1, sha));
        assertTrue(new FileEntry("charts/a.png", 1, sha).path().startsWith("charts/"));
    }
}
