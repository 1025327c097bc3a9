package dev.stacklint.project.command;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The development servers of {@code rules/data/dev-servers.yaml} (shipped as {@code stacklint/rules/data/}). The
 * table is read here rather than with the rules' tables because the command model, below the rules, recognises
 * the servers.
 */
public final class DevServers {
    private static final String RESOURCE = "/stacklint/rules/data/dev-servers.yaml";
    private static List<DevServer> builtin;

    private DevServers() {
    }

    public static synchronized List<DevServer> builtin() {
        if (builtin == null) {
            builtin = load();
        }
        return builtin;
    }

    /** The first server the command {@code program args...} starts, if it is one of the table's. */
    static Optional<DevServer> match(String program, List<String> args) {
        return builtin().stream().filter(s -> s.matches(program, args)).findFirst();
    }

    private static List<DevServer> load() {
        try (InputStream in = DevServers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing data table " + RESOURCE);
            }
            Map<?, ?> root = (Map<?, ?>) new Load(LoadSettings.builder().setLabel(RESOURCE).build())
                    .loadFromInputStream(in);
            return ((List<?>) root.get("servers")).stream().map(e -> entry((Map<?, ?>) e)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DevServer entry(Map<?, ?> e) {
        Map<?, ?> values = e.get("option_values") instanceof Map<?, ?> m ? m : Map.of();
        Map<String, String> optionValues = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> optionValues.put(String.valueOf(k), String.valueOf(v)));
        return new DevServer(text(e, "label"), text(e, "what"), text(e, "production"), words(e, "programs"),
                words(e, "commands"), words(e, "except"), words(e, "options"), Map.copyOf(optionValues),
                words(e, "anywhere"));
    }

    private static String text(Map<?, ?> e, String key) {
        Object v = e.get(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + ": an entry has no '" + key + "': " + e);
        }
        return String.valueOf(v);
    }

    private static List<String> words(Map<?, ?> e, String key) {
        return e.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
