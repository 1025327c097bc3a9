package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;
import dev.stacklint.image.ImageReference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published images whose start script waits for the services they need, from
 * {@code rules/data/waiting-images.yaml}.
 */
public final class WaitingImages {

    /**
     * @param images     the repositories
     * @param entrypoint the entrypoint that waits, when only that one does (not the image's default)
     * @param waitsFor   the products it waits for
     */
    public record Entry(List<String> images, Optional<String> entrypoint, List<String> waitsFor) {
        static Entry of(Map<String, Object> e) {
            return new Entry(DataTable.strings(e, "images"), DataTable.optional(e, "entrypoint"),
                    DataTable.strings(e, "waits_for"));
        }
    }

    private static final Lazy<WaitingImages> BUILTIN = DataTable.lazy("waiting-images.yaml",
            t -> new WaitingImages(t.list("waiting").stream().map(Entry::of).toList()));

    private final List<Entry> entries;

    private WaitingImages(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static WaitingImages builtin() {
        return BUILTIN.get();
    }

    /**
     * True when a container of {@code reference} run with {@code entrypoint} (its first word, empty for the image's
     * own) waits for {@code product} itself.
     */
    public boolean waits(String reference, Optional<String> entrypoint, String product) {
        String name = ImageReference.parse(reference).name();
        return entries.stream().anyMatch(e -> e.images().contains(name)
                && e.entrypoint().map(ep -> entrypoint.map(x -> x.replaceFirst("^\\./", "").equals(ep)).orElse(false))
                .orElse(entrypoint.isEmpty())
                && e.waitsFor().stream().anyMatch(p -> p.equalsIgnoreCase(product)));
    }
}
