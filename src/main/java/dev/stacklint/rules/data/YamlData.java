package dev.stacklint.rules.data;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the data tables shipped in the jar under {@code stacklint/rules/data/}. */
final class YamlData {
    private YamlData() {
    }

    /** The top-level list {@code key} of a table, each entry a mapping. */
    static List<Map<String, Object>> load(String table, String key) {
        return loadLists(table, key).get(key);
    }

    /** The top-level lists {@code keys} of a table, each entry a mapping, from one read of the table. */
    static Map<String, List<Map<String, Object>>> loadLists(String table, String... keys) {
        String resource = "/stacklint/rules/data/" + table;
        try (InputStream in = YamlData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data table " + resource);
            }
            Object root = new Load(LoadSettings.builder().setLabel(table).build()).loadFromInputStream(in);
            Map<String, List<Map<String, Object>>> lists = new HashMap<>();
            for (String key : keys) {
                if (!(root instanceof Map<?, ?> map) || !(map.get(key) instanceof List<?> list)) {
                    throw new IllegalStateException(table + ": expected a top-level list '" + key + "'");
                }
                lists.put(key, list.stream().map(e -> mapping(table, e)).toList());
            }
            return lists;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(String table, Object entry) {
        if (entry instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalStateException(table + ": entry is not a mapping: " + entry);
    }

    static String string(Map<String, Object> entry, String key) {
        return optional(entry, key).orElseThrow(() -> new IllegalStateException("missing '" + key + "' in " + entry));
    }

    static Optional<String> optional(Map<String, Object> entry, String key) {
        Object v = entry.get(key);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    static List<String> strings(Map<String, Object> entry, String key) {
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
    static Map<String, String> stringMap(Map<String, Object> entry, String key) {
        Object v = entry.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalStateException("'" + key + "' is not a mapping in " + entry);
        }
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        ((Map<Object, Object>) m).forEach((k, val) -> out.put(String.valueOf(k), String.valueOf(val)));
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> mappings(Map<String, Object> entry, String key) {
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
