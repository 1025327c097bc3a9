package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Set;

/** DL3036: {@code zypper install} not followed by {@code zypper clean} (or {@code zypper cc}) in the same RUN. */
public final class ZypperClean extends PackageCacheRule {
    static final RuleMeta META = new RuleMeta("DL3036", "zypper-clean", Severity.WARNING,
            "zypper install without zypper clean in the same RUN leaves the package cache in the layer.").in(Category.PERFORMANCE);

    public ZypperClean() {
        super(c -> RpmTools.runs(c, RpmTools.ZYPPER, RpmTools.ZYPPER_INSTALL),
                (install, c) -> RpmTools.cleans(install, c, Set.of("clean", "cc"), false), RpmTools.ZYPPER_CACHE,
                "clean");
    }
}
