package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** SL252: A service's root filesystem is writable. */
public final class NoReadOnlyRootfs extends MissingServiceSetting {
    static final RuleMeta META = new RuleMeta("SL252", "no-read-only-rootfs", Severity.INFO,
            "A service's root filesystem is writable.").in(Category.HARDENING).offByDefault();

    @Override
    boolean hardened(Service service) {
        return service.isolation().readOnly().filter(Located::value).isPresent();
    }

    @Override
    String message() {
        return "has a writable root filesystem; set `read_only: true` and mount `tmpfs` or volumes where it must write";
    }
}
