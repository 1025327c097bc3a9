package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Origin;

import java.util.List;

/** SL257: A service's image is not pinned by digest. */
public final class ImageNotPinnedByDigest extends MissingServiceSetting {
    static final RuleMeta META = new RuleMeta("SL257", "image-not-pinned-by-digest", Severity.INFO,
            "A service's image is not pinned by digest.").in(Category.HARDENING).offByDefault();

    @Override
    boolean hardened(Service service) {
        return service.image().isEmpty() || service.build().isPresent() || service.image().get().value().variables() || service.image().get().value().digest().isPresent();
    }

    /** The image, where the digest goes. */
    @Override
    List<Origin> places(Service service) {
        return List.of(service.image().orElseThrow().origin());
    }

    @Override
    String message() {
        return "uses an image that is not pinned by digest, so a re-pushed tag changes what runs; write `image: name:tag@sha256:...`";
    }
}
