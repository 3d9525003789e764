package yoy.tables;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run read and wrote, for checking and reproducing it: tool and version, options, inputs and
 * outputs with sizes and digests, counts, and the reports left out as unreadable (path → reason, under
 * {@code --keep-going}). It holds no time and no absolute path, so equal runs give equal manifests.
 */
public record Manifest(String tool, String version, Map<String, String> options, List<FileEntry> inputs,
                       List<FileEntry> outputs, Map<String, Long> counts, Map<String, String> skipped) {

    public Manifest {
        options = new TreeMap<>(options);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        counts = new TreeMap<>(counts);
        skipped = new TreeMap<>(skipped == null ? Map.of() : skipped);
    }

    /** A run that skipped no report. */
    public Manifest(String tool, String version, Map<String, String> options, List<FileEntry> inputs,
                    List<FileEntry> outputs, Map<String, Long> counts) {
        this(tool, version, options, inputs, outputs, counts, Map.of());
    }
}
