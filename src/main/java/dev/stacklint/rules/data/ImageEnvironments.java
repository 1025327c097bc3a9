package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;
import dev.stacklint.image.ImageReference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The environment variables official images read, from {@code rules/data/image-environment.yaml};
 * configuration may add entries ({@link #with}).
 */
public final class ImageEnvironments {

    /**
     * @param images        the repositories that read these variables
     * @param image         the image's name in messages
     * @param keys          every variable it reads
     * @param fileKeys      keys that may also be given as {@code KEY_FILE}
     * @param requiredOneOf at least one must be set (or its {@code _FILE} form) for the image to start
     * @param aliases       names written by mistake, and the key meant
     */
    public record Entry(List<String> images, String image, Set<String> keys, Set<String> fileKeys,
                        List<String> requiredOneOf, Map<String, String> aliases) {

        /** True when the image reads {@code key} (directly or as {@code KEY_FILE}). */
        public boolean reads(String key) {
            return keys.contains(key)
                    || (key.endsWith("_FILE") && fileKeys.contains(key.substring(0, key.length() - "_FILE".length())));
        }

        /** True when the keys set satisfy {@link #requiredOneOf} (trivially when nothing is required). */
        public boolean hasRequired(Collection<String> present) {
            return requiredOneOf.isEmpty() || requiredOneOf.stream()
                    .anyMatch(k -> present.contains(k) || present.contains(k + "_FILE"));
        }
    }

    private static final Lazy<ImageEnvironments> BUILTIN = DataTable.lazy("image-environment.yaml",
            t -> new ImageEnvironments(t.list("images").stream()
                    .map(e -> new Entry(DataTable.strings(e, "images"), DataTable.string(e, "image"),
                            Set.copyOf(DataTable.strings(e, "keys")), Set.copyOf(DataTable.strings(e, "file_keys")),
                            DataTable.strings(e, "required_one_of"), DataTable.stringMap(e, "aliases")))
                    .toList()));

    private final List<Entry> entries;

    public ImageEnvironments(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ImageEnvironments builtin() {
        return BUILTIN.get();
    }

    /** These tables with extra entries in front (they win over the built-in ones). */
    public ImageEnvironments with(List<Entry> extra) {
        List<Entry> all = new ArrayList<>(extra);
        all.addAll(entries);
        return new ImageEnvironments(all);
    }

    public Optional<Entry> find(String reference) {
        String name = ImageReference.parse(reference).name();
        return entries.stream().filter(e -> e.images().contains(name)).findFirst();
    }
}
