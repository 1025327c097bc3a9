package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Set;

/**
 * DL3032: {@code yum install} not followed by {@code yum clean all} (or removing {@code /var/cache/yum}) in the
 * same RUN.
 */
public final class YumClean extends PackageCacheRule {
    static final RuleMeta META = new RuleMeta("DL3032", "yum-clean", Severity.WARNING,
            "yum install without yum clean all in the same RUN leaves the package cache in the layer.").in(Category.PERFORMANCE);

    public YumClean() {
        super(c -> RpmTools.runs(c, RpmTools.YUM, RpmTools.YUM_INSTALL),
                (install, c) -> RpmTools.cleans(install, c, Set.of("clean"), true), RpmTools.YUM_CACHE,
                "clean all");
    }
}
