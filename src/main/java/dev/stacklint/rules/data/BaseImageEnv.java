package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;
import dev.stacklint.image.ImageReference;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The environment variables official base images set with ENV: {@code rules/data/base-image-env.yaml}. */
public final class BaseImageEnv {
    private static final Lazy<BaseImageEnv> BUILTIN = DataTable.lazy("base-image-env.yaml", t -> new BaseImageEnv(
            t.list("images").stream().map(e -> new Entry(DataTable.strings(e, "images"),
                    Set.copyOf(DataTable.strings(e, "env")), DataTable.strings(e, "prefixes"))).toList()));

    /**
     * @param images   the repositories
     * @param env      the names their ENV sets
     * @param prefixes names with these prefixes may be set by a tag or variant the table does not list
     */
    public record Entry(List<String> images, Set<String> env, List<String> prefixes) {
        /** True when the image may set {@code name}. */
        public boolean mayDefine(String name) {
            return env.contains(name) || prefixes.stream().anyMatch(name::startsWith);
        }
    }

    private final List<Entry> entries;

    private BaseImageEnv(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static BaseImageEnv builtin() {
        return BUILTIN.get();
    }

    /** What is known of the image's ENV; empty for an image the table does not list. */
    public Optional<Entry> find(String reference) {
        String name = ImageReference.parse(reference).name();
        return entries.stream().filter(e -> e.images().contains(name)).findFirst();
    }
}
