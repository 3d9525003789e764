package yoy.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tables/datapackage.json}: a Frictionless Data Package describing every table and column, with
 * empty cells as the only missing value. Sorted keys, no timestamps: the same tables give the same bytes.
 */
public final class DataPackage {

    /** One column: Table Schema type ({@code string}, {@code integer}, {@code number}, {@code boolean}). */
    public record Field(String name, String type, String description, String unit) {
        public static Field of(String name, String type, String description) {
            return new Field(name, type, description, null);
        }
    }

    public record Resource(String name, String path, String description, List<Field> fields) {
        public Resource {
            fields = List.copyOf(fields);
        }
    }

    private DataPackage() {
    }

    public static String toJson(String name, List<Resource> resources) {
        Map<String, Object> root = new TreeMap<>();
        root.put("name", name);
        root.put("profile", "tabular-data-package");
        List<Map<String, Object>> rs = new ArrayList<>();
        for (Resource r : resources) {
            Map<String, Object> m = new TreeMap<>();
            m.put("name", r.name());
            m.put("path", r.path());
            m.put("profile", "tabular-data-resource");
            m.put("format", "csv");
            m.put("mediatype", "text/csv");
            m.put("encoding", "utf-8");
            m.put("description", r.description());
            Map<String, Object> dialect = new TreeMap<>();
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\n");
            dialect.put("quoteChar", "\"");
            dialect.put("doubleQuote", true);
            dialect.put("header", true);
            m.put("dialect", dialect);
            Map<String, Object> schema = new TreeMap<>();
            schema.put("missingValues", List.of(""));
            List<Map<String, Object>> fields = new ArrayList<>();
            for (Field f : r.fields()) {
                Map<String, Object> fm = new TreeMap<>();
                fm.put("name", f.name());
                fm.put("type", f.type());
                fm.put("description", f.description());
                if (f.unit() != null) {
                    fm.put("unit", f.unit());
                }
                if (f.type().equals("boolean")) {
                    fm.put("trueValues", List.of("true"));
                    fm.put("falseValues", List.of("false"));
                }
                fields.add(fm);
            }
            schema.put("fields", fields);
            m.put("schema", schema);
            rs.add(m);
        }
        root.put("resources", rs);
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the data package", e);
        }
    }
}
