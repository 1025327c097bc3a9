package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;
import dev.stacklint.image.ImageReference;

import java.util.List;

/** Published images built FROM scratch to carry files, installed by copying their root: {@code rules/data/bundle-images.yaml}. */
public final class BundleImages {
    private static final Lazy<BundleImages> BUILTIN = DataTable.lazy("bundle-images.yaml", t -> new BundleImages(
            t.list("bundles").stream().flatMap(e -> DataTable.strings(e, "images").stream()).toList()));

    private final List<String> images;

    private BundleImages(List<String> images) {
        this.images = List.copyOf(images);
    }

    public static BundleImages builtin() {
        return BUILTIN.get();
    }

    /** True for a reference to one of the bundles, whatever its tag or digest. */
    public boolean isBundle(String reference) {
        ImageReference image = ImageReference.parse(reference);
        return !image.variables() && images.contains(image.name());
    }
}
