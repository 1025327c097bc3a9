package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;
import dev.stacklint.image.ImageReference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The health-check programs published images lack, from {@code rules/data/image-tools.yaml}. */
public final class ImageTools {

    /** How a Dockerfile adds a program to the image. */
    public enum Install { APT, APK, NONE }

    /**
     * What an image lacks.
     *
     * @param missing the programs it does not ship
     * @param install how to add one
     */
    public record Lacks(List<String> missing, Install install) {
    }

    private record Variant(List<Pattern> tags, Lacks lacks) {
        static Variant of(Map<String, Object> v) {
            Install install = Install.valueOf(DataTable.optional(v, "install").orElse("none")
                    .toUpperCase(java.util.Locale.ROOT));
            return new Variant(DataTable.strings(v, "tags").stream().map(ImageTools::glob).toList(),
                    new Lacks(DataTable.strings(v, "missing"), install));
        }
    }

    private record Entry(List<String> images, List<Variant> variants) {
        static Entry of(Map<String, Object> e) {
            return new Entry(DataTable.strings(e, "images"),
                    DataTable.mappings(e, "variants").stream().map(Variant::of).toList());
        }
    }

    private static final Lazy<ImageTools> BUILTIN = DataTable.lazy("image-tools.yaml",
            t -> new ImageTools(t.list("images").stream().map(Entry::of).toList()));

    private final List<Entry> entries;

    private ImageTools(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ImageTools builtin() {
        return BUILTIN.get();
    }

    /** What the image {@code reference} lacks; empty when the table does not know it. */
    public Optional<Lacks> of(String reference) {
        ImageReference ref = ImageReference.parse(reference);
        if (ref.variables() || (ref.tag().isEmpty() && ref.digest().isPresent())) {
            return Optional.empty();
        }
        String tag = ref.tag().orElse("latest");
        for (Entry e : entries) {
            if (!e.images().contains(ref.name())) {
                continue;
            }
            for (Variant v : e.variants()) {
                if (v.tags().stream().anyMatch(p -> p.matcher(tag).matches())) {
                    return v.lacks().missing().isEmpty() ? Optional.empty() : Optional.of(v.lacks());
                }
            }
        }
        return Optional.empty();
    }

    /** A tag pattern: {@code *} is any text, the rest literal. */
    private static Pattern glob(String pattern) {
        List<String> parts = java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).toList();
        return Pattern.compile(String.join(".*", parts), Pattern.CASE_INSENSITIVE);
    }
}
