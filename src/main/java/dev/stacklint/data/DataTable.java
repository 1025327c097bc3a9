package dev.stacklint.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A data table of {@code rules/data/} (shipped in the jar under {@code stacklint/rules/data/}, compiled at build
 * time by {@link TableCompiler}): a YAML mapping of top-level lists whose entries are mappings. Each table is read
 * on first use ({@link #lazy}), once; the static helpers read an entry's fields, for the tables and for configuration entries written in a table's shape.
 */
public final class DataTable {
    private final String name;
    private final Object root;

    private DataTable(String name, Object root) {
        this.name = name;
        this.root = root;
    }

    /** The table {@code name} ({@code image-tools.yaml}), turned into a {@code T} by {@code build} when first asked for. */
    public static <T> Lazy<T> lazy(String name, Function<DataTable, T> build) {
        return Lazy.of(() -> build.apply(read(name)));
    }

    private static DataTable read(String name) {
        String resource = "/stacklint/rules/data/" + compiledName(name);
        try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data table " + resource);
            }
            return new DataTable(name, TableCodec.read(new DataInputStream(new BufferedInputStream(in))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of table {@code yamlName}'s compiled form ({@link TableCompiler}), which is what the jar is read for. */
    static String compiledName(String yamlName) {
        return yamlName.substring(0, yamlName.length() - ".yaml".length()) + ".bin";
    }

    /** The top-level list {@code key}, each entry a mapping. */
    public List<Map<String, Object>> list(String key) {
        if (!(root instanceof Map<?, ?> map) || !(map.get(key) instanceof List<?> list)) {
            throw new IllegalStateException(name + ": expected a top-level list '" + key + "'");
        }
        return list.stream().map(this::mapping).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mapping(Object entry) {
        if (entry instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalStateException(name + ": entry is not a mapping: " + entry);
    }

    public static String string(Map<String, Object> entry, String key) {
        return optional(entry, key).orElseThrow(() -> new IllegalStateException("missing '" + key + "' in " + entry));
    }

    public static Optional<String> optional(Map<String, Object> entry, String key) {
        Object v = entry.get(key);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    public static List<String> strings(Map<String, Object> entry, String key) {
        Object v = entry.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalStateException("'" + key + "' is not a list in " + entry);
        }
        return list.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> stringMap(Map<String, Object> entry, String key) {
        Object v = entry.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalStateException("'" + key + "' is not a mapping in " + entry);
        }
        Map<String, String> out = new LinkedHashMap<>();
        ((Map<Object, Object>) m).forEach((k, val) -> out.put(String.valueOf(k), String.valueOf(val)));
        return out;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> mappings(Map<String, Object> entry, String key) {
        Object v = entry.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalStateException("'" + key + "' is not a list in " + entry);
        }
        return list.stream().map(e -> (Map<String, Object>) e).toList();
    }
}
