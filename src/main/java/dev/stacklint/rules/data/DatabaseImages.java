package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;
import dev.stacklint.image.ImageReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * @param versionTag where the product's major version is in a tag: the first group of this pattern that
     *                   matched ({@code 18} in {@code postgres:18-alpine}, {@code 17} in {@code 0.8.0-pg17})
     * @param versions   data directories that changed with a major version, oldest first
     */
    public record Entry(List<String> images, String product, Kind kind, List<String> dataDirs,
                        Optional<String> dataEnv, Optional<Pattern> versionTag, List<Version> versions) {

        public Entry(List<String> images, String product, Kind kind, List<String> dataDirs, Optional<String> dataEnv) {
            this(images, product, kind, dataDirs, dataEnv, Optional.empty(), List.of());
        }

        /**
         * An entry as the table writes it ({@code images}, {@code product}, {@code kind}, {@code data},
         * {@code data_env}, {@code version_tag}, {@code versions}); configuration uses the same shape.
         *
         * @throws IllegalStateException when a required key is missing
         * @throws IllegalArgumentException when {@code kind} is not one of the kinds
         */
        public static Entry of(Map<String, Object> e) {
            List<Version> versions = DataTable.mappings(e, "versions").stream().map(Version::of)
                    .sorted(java.util.Comparator.comparingInt(Version::from)).toList();
            return new Entry(DataTable.strings(e, "images"), DataTable.string(e, "product"),
                    Kind.valueOf(DataTable.string(e, "kind").toUpperCase(Locale.ROOT)),
                    DataTable.strings(e, "data"), DataTable.optional(e, "data_env"),
                    DataTable.optional(e, "version_tag").map(Pattern::compile), versions);
        }

        /**
         * Where the image {@code reference} keeps its data, by its tag: a tag without a version ({@code latest},
         * {@code alpine}, none) is the newest release; a tag the linter cannot read (a variable) keeps the
         * version-neutral directories.
         */
        public Layout layout(String reference) {
            ImageReference image = ImageReference.parse(reference);
            if (versions.isEmpty() || versionTag.isEmpty() || image.variables()) {
                return new Layout(dataDirs, List.of(), Optional.empty());
            }
            Optional<String> tag = image.tag();
            OptionalInt major = tag.map(t -> major(versionTag.get(), t)).orElse(OptionalInt.empty());
            if (tag.isPresent() && major.isEmpty() && tag.get().matches(".*\\d.*")) {
                return new Layout(dataDirs, List.of(), Optional.empty()); // a digit, but not a version we read
            }
            Optional<Version> applies = versions.stream()
                    .filter(v -> major.isEmpty() || major.getAsInt() >= v.from())
                    .reduce((a, b) -> b);
            int version = major.orElse(applies.map(Version::from).orElse(0));
            return applies.map(v -> new Layout(v.data().stream().map(d -> d.replace("{major}",
                            String.valueOf(version))).toList(), v.formerly(), Optional.of(v)))
                    .orElse(new Layout(dataDirs, List.of(), Optional.empty()));
        }

        private static OptionalInt major(Pattern p, String tag) {
            Matcher m = p.matcher(tag);
            if (!m.find()) {
                return OptionalInt.empty();
            }
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && m.group(g).matches("\\d{1,4}")) {
                    return OptionalInt.of(Integer.parseInt(m.group(g)));
                }
            }
            return OptionalInt.empty();
        }
    }

    /**
     * From major version {@code from} on, the data is in {@code data}; a volume on one of {@code formerly} (where
     * older versions kept it) no longer holds it.
     */
    public record Version(int from, List<String> data, List<String> formerly) {
        static Version of(Map<String, Object> e) {
            return new Version(Integer.parseInt(DataTable.string(e, "from")), DataTable.strings(e, "data"),
                    DataTable.strings(e, "formerly"));
        }
    }

    /**
     * The data directories of one image.
     *
     * @param data     where the data is
     * @param formerly where older versions kept it, so a volume there misses it
     * @param version  the versioned layout that applies, if any
     */
    public record Layout(List<String> data, List<String> formerly, Optional<Version> version) {
    }

    private static final DatabaseImages BUILTIN = new DatabaseImages(DataTable.lazy("database-images.yaml",
            t -> t.list("databases").stream().map(Entry::of).toList()));

    private final Lazy<List<Entry>> entries;

    private DatabaseImages(Lazy<List<Entry>> entries) {
        this.entries = entries;
    }

    /** The table, read when first consulted. */
    public static DatabaseImages builtin() {
        return BUILTIN;
    }

    /** These tables with extra entries in front (they win over the built-in ones). */
    public DatabaseImages with(List<Entry> extra) {
        return new DatabaseImages(Lazy.of(() -> {
            List<Entry> all = new ArrayList<>(extra);
            all.addAll(entries.get());
            return List.copyOf(all);
        }));
    }

    /** The entry for an image reference ({@code postgres:16-alpine}, {@code docker.io/bitnami/redis}). */
    public Optional<Entry> find(String reference) {
        String name = ImageReference.parse(reference).name();
        return entries.get().stream().filter(e -> e.images().contains(name)).findFirst();
    }
}
