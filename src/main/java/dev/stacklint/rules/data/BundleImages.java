package dev.stacklint.rules.data;

import dev.stacklint.image.ImageReference;

import java.util.List;

/** Published images built FROM scratch to carry files, installed by copying their root: {@code rules/data/bundle-images.yaml}. */
public final class BundleImages {
    private static final String TABLE = "bundle-images.yaml";
    private static BundleImages builtin;

    private final List<String> images;

    private BundleImages(List<String> images) {
        this.images = List.copyOf(images);
    }

    public static synchronized BundleImages builtin() {
        if (builtin == null) {
            builtin = new BundleImages(YamlData.load(TABLE, "bundles").stream()
                    .flatMap(e -> YamlData.strings(e, "images").stream()).toList());
        }
        return builtin;
    }

    /** True for a reference to one of the bundles, whatever its tag or digest. */
    public boolean isBundle(String reference) {
        return !reference.contains("$") && images.contains(ImageReference.parse(reference).name());
    }
}
