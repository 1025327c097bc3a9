package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;
import dev.stacklint.image.ImageReference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Images and tags that are deprecated or past end of life, from {@code rules/data/deprecated-images.yaml};
 * configuration may add entries ({@link #with}), which are consulted first.
 */
public final class DeprecatedImages {
    private static final Pattern PINNED_ALPINE = Pattern.compile("alpine\\d+(\\.\\d+)*");

    /** A version of a product and its end of life; {@code version} matches tags by components. */
    public record Version(String version, EolDate eol) {
        boolean matches(List<String> tagVersion) {
            List<String> own = Arrays.asList(version.split("\\."));
            return tagVersion.size() >= own.size() && tagVersion.subList(0, own.size()).equals(own);
        }
    }

    /**
     * One product.
     *
     * @param images      the repositories that ship it
     * @param product     its name in messages
     * @param deprecated  why the whole repository is deprecated, if it is
     * @param versions    versions past (or reaching) end of life
     * @param aliases     tag names that stand for a version ({@code fermium} for Node.js 14)
     * @param replacement what to use instead
     * @param upgradeTo   a supported version to put in the tag instead of an EOL one
     */
    public record Entry(List<String> images, String product, Optional<String> deprecated, List<Version> versions,
                        Map<String, String> aliases, Optional<String> replacement, Optional<String> upgradeTo) {
        /**
         * An entry as the table writes it ({@code images}, {@code product}, {@code deprecated}, {@code versions}
         * of {@code version} and {@code eol}, {@code aliases}, {@code replacement}, {@code upgrade_to});
         * configuration uses the same shape.
         *
         * @throws IllegalStateException when a required key is missing
         * @throws IllegalArgumentException when an end-of-life date is not YYYY-MM-DD or YYYY-MM
         */
        public static Entry of(Map<String, Object> e) {
            List<Version> versions = DataTable.mappings(e, "versions").stream()
                    .map(v -> new Version(DataTable.string(v, "version"), new EolDate(DataTable.string(v, "eol"))))
                    .toList();
            return new Entry(DataTable.strings(e, "images"), DataTable.string(e, "product"),
                    DataTable.optional(e, "deprecated"), versions, DataTable.stringMap(e, "aliases"),
                    DataTable.optional(e, "replacement"), DataTable.optional(e, "upgrade_to"));
        }
    }

    /** A tag part naming an end-of-life base distribution, in any repository ({@code -buster}). */
    public record Variant(String tag, String product, EolDate eol, String replacement) {
    }

    /** What is wrong with an image and what to use instead. */
    public record Verdict(String reason, String advice) {
    }

    private record Lists(List<Entry> entries, List<Variant> variants) {
    }

    private static final DeprecatedImages BUILTIN = new DeprecatedImages(DataTable.lazy("deprecated-images.yaml",
            t -> new Lists(t.list("images").stream().map(Entry::of).toList(), t.list("variants").stream()
                    .map(v -> new Variant(DataTable.string(v, "tag"), DataTable.string(v, "product"),
                            new EolDate(DataTable.string(v, "eol")), DataTable.string(v, "replacement")))
                    .toList())));

    private final Lazy<Lists> lists;

    private DeprecatedImages(Lazy<Lists> lists) {
        this.lists = lists;
    }

    /** The table, read when first consulted. */
    public static DeprecatedImages builtin() {
        return BUILTIN;
    }

    /** These tables with extra entries and variants in front (they win over the built-in ones). */
    public DeprecatedImages with(List<Entry> extraEntries, List<Variant> extraVariants) {
        return new DeprecatedImages(Lazy.of(() -> {
            List<Entry> e = new ArrayList<>(extraEntries);
            e.addAll(lists.get().entries());
            List<Variant> v = new ArrayList<>(extraVariants);
            v.addAll(lists.get().variants());
            return new Lists(List.copyOf(e), List.copyOf(v));
        }));
    }

    /** Why {@code reference} should not be used any more, as of {@code today}. */
    public Optional<Verdict> check(String reference, LocalDate today) {
        ImageReference image = ImageReference.parse(reference);
        for (Entry e : lists.get().entries()) {
            if (!e.images().contains(image.name())) {
                continue;
            }
            if (e.deprecated().isPresent()) {
                return Optional.of(new Verdict(e.product() + " is deprecated: " + e.deprecated().get(),
                        e.replacement().orElse("use a maintained image")));
            }
            List<String> version = image.version();
            List<String> rest = new ArrayList<>(image.tagParts());
            if (version.isEmpty()) {
                Optional<String> alias = rest.stream().filter(e.aliases()::containsKey).findFirst();
                if (alias.isPresent()) {
                    version = Arrays.asList(e.aliases().get(alias.get()).split("\\."));
                    rest.remove(alias.get());
                }
            } else if (!rest.isEmpty()) {
                rest.remove(0);
            }
            for (Version v : e.versions()) {
                if (v.matches(version) && v.eol().passed(today)) {
                    return Optional.of(new Verdict(e.product() + " " + v.version() + " reached end of life on "
                            + v.eol(), advice(e, image, rest, today)));
                }
            }
        }
        for (Variant v : lists.get().variants()) {
            if (image.tagParts().contains(v.tag()) && v.eol().passed(today)) {
                return Optional.of(new Verdict(v.product() + " reached end of life on " + v.eol(),
                        "use " + v.replacement()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code use python:3.13-slim} for {@code python:3.8-slim-buster}: the same variant on a supported version (an
     * Alpine release pinned in the tag, {@code alpine3.7}, becomes {@code alpine}: new versions are not built on it).
     */
    private String advice(Entry e, ImageReference image, List<String> tagRest, LocalDate today) {
        if (e.replacement().isPresent() || e.upgradeTo().isEmpty()) {
            return e.replacement().orElse("use a supported version");
        }
        List<String> kept = tagRest.stream()
                .map(p -> PINNED_ALPINE.matcher(p).matches() ? "alpine" : p)
                .filter(p -> lists.get().variants().stream().noneMatch(v -> v.tag().equals(p) && v.eol().passed(today)))
                .toList();
        String suffix = kept.isEmpty() ? "" : "-" + String.join("-", kept);
        return "use " + image.name() + ":" + e.upgradeTo().get() + suffix;
    }
}
