package dev.stacklint.rules.data;

import dev.stacklint.image.ImageReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Images of stateful services (databases, caches, search engines, brokers) and where they keep their data,
 * from {@code rules/data/database-images.yaml}; configuration may add entries ({@link #with}).
 */
public final class DatabaseImages {

    public enum Kind { DATABASE, CACHE, SEARCH, BROKER }

    /**
     * @param images   the repositories
     * @param product  its name in messages
     * @param kind     what it is
     * @param dataDirs the directories that hold its data (empty when the linter does not know them)
     * @param dataEnv  a variable that moves the data directory ({@code PGDATA})
     */
    public record Entry(List<String> images, String product, Kind kind, List<String> dataDirs,
                        Optional<String> dataEnv) {
        /**
         * An entry as the table writes it ({@code images}, {@code product}, {@code kind}, {@code data},
         * {@code data_env}); configuration uses the same shape.
         *
         * @throws IllegalStateException when a required key is missing
         * @throws IllegalArgumentException when {@code kind} is not one of the kinds
         */
        public static Entry of(Map<String, Object> e) {
            return new Entry(YamlData.strings(e, "images"), YamlData.string(e, "product"),
                    Kind.valueOf(YamlData.string(e, "kind").toUpperCase(Locale.ROOT)),
                    YamlData.strings(e, "data"), YamlData.optional(e, "data_env"));
        }
    }

    private static final String TABLE = "database-images.yaml";
    private static DatabaseImages builtin;

    private final List<Entry> entries;

    public DatabaseImages(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static synchronized DatabaseImages builtin() {
        if (builtin == null) {
            builtin = new DatabaseImages(YamlData.load(TABLE, "databases").stream().map(Entry::of).toList());
        }
        return builtin;
    }

    /** These tables with extra entries in front (they win over the built-in ones). */
    public DatabaseImages with(List<Entry> extra) {
        List<Entry> all = new ArrayList<>(extra);
        all.addAll(entries);
        return new DatabaseImages(all);
    }

    /** The entry for an image reference ({@code postgres:16-alpine}, {@code docker.io/bitnami/redis}). */
    public Optional<Entry> find(String reference) {
        String name = ImageReference.parse(reference).name();
        return entries.stream().filter(e -> e.images().contains(name)).findFirst();
    }
}
