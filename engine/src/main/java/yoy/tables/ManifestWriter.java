package yoy.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes {@code manifest.json}: pretty JSON with sorted keys, {@code \n} line ends and a final newline. */
public final class ManifestWriter {

    private static final ObjectWriter WRITER = writer();

    private ManifestWriter() {
    }

    public static String toJson(Manifest m) {
        Map<String, Object> root = new TreeMap<>();
        Map<String, Object> tool = new TreeMap<>();
        tool.put("name", m.tool());
        tool.put("version", m.version());
        root.put("tool", tool);
        root.put("options", m.options());
        root.put("inputs", entries(m.inputs()));
        root.put("outputs", entries(m.outputs()));
        root.put("counts", m.counts());
        if (!m.skipped().isEmpty()) {
            List<Map<String, Object>> skipped = new ArrayList<>();
            m.skipped().forEach((path, reason) -> {
                Map<String, Object> e = new TreeMap<>();
                e.put("path", path);
                e.put("reason", reason);
                skipped.add(e);
            });
            root.put("skipped", skipped);
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the manifest", e);
        }
    }

    private static List<Map<String, Object>> entries(List<FileEntry> files) {
        List<Map<String, Object>> out = new ArrayList<>();
        files.stream().sorted(Comparator.comparing(FileEntry::path)).forEach(f -> {
            Map<String, Object> e = new TreeMap<>();
            e.put("path", f.path());
            e.put("bytes", f.bytes());
            e.put("sha256", f.sha256());
            out.add(e);
        });
        return out;
    }

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return new ObjectMapper()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writer(printer);
    }
}
