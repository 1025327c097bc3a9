package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.HashSet;
import java.util.Set;

/**
 * DL3040: {@code dnf} or {@code microdnf} installing or upgrading without {@code dnf clean all} (or removing its
 * cache folder) later in the same RUN.
 */
public final class DnfClean extends PackageCacheRule {
    static final RuleMeta META = new RuleMeta("DL3040", "dnf-clean", Severity.WARNING,
            "dnf install without dnf clean all in the same RUN leaves the package cache in the layer.").in(Category.PERFORMANCE);

    private static final Set<String> UPDATES = updates();

    public DnfClean() {
        super(c -> RpmTools.runs(c, RpmTools.DNF, UPDATES),
                (install, c) -> RpmTools.cleans(install, c, Set.of("clean"), true), RpmTools.DNF_CACHE,
                "clean all");
    }

    /** Installing commands and upgrades, which download packages too. */
    private static Set<String> updates() {
        Set<String> actions = new HashSet<>(RpmTools.DNF_INSTALL);
        actions.addAll(Set.of("upgrade", "up", "upgrade-minimal", "up-min", "update", "distro-sync"));
        return Set.copyOf(actions);
    }
}
