package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Set;

/**
 * DL3009: a RUN updates or installs with apt-get (or apt, aptitude) without removing {@code /var/lib/apt/lists}
 * in the same RUN. Only stages whose layers ship are checked: the last stage and stages that a later FROM builds
 * on (a throwaway builder stage is fine), and ONBUILD triggers everywhere. The removal may be anywhere in the RUN
 * ({@code ;} lists, {@code &&} chains, {@code if} blocks) and may name a folder above the lists
 * ({@code rm -rf /var/lib/apt}) or a glob ({@code /var/lib/apt/*}); {@code apt-get clean} is no removal (it empties
 * {@code /var/cache/apt}, not the lists), {@code apt-get dist-clean} is. A cache or tmpfs mount on the lists counts as
 * clean, and so do mounts holding both {@code /var/lib/apt} and {@code /var/cache/apt} (a mount on
 * {@code /var/cache} holds the latter).
 */
public final class AptListsNotCleaned implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3009", "apt-lists-not-cleaned", Severity.INFO,
            "apt-get update leaves its package lists in the image when the same RUN does not delete them.").in(Category.PERFORMANCE);

    private static final Set<String> APT = Set.of("apt-get", "apt", "aptitude");
    private static final String LISTS = "/var/lib/apt/lists";

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        ShippedInstructions.of(dockerfile, builds).forEach(i -> check(i, reporter));
    }

    private static void check(Instruction instruction, Reporter reporter) {
        if (!(instruction.effective() instanceof Instruction.Run run) || listsMounted(run)) {
            return;
        }
        List<SimpleCommand> commands = run.commands();
        SimpleCommand apt = commands.stream().filter(AptListsNotCleaned::fetchesLists).findFirst().orElse(null);
        if (apt != null && commands.stream().noneMatch(c -> CacheMounts.removed(c, List.of(LISTS)) || distClean(c))) {
            reporter.report(apt.span(), "the package lists apt downloads stay in this layer (tens of MB): end "
                    + "the same RUN with && rm -rf /var/lib/apt/lists/*");
        }
    }

    /** {@code apt-get dist-clean} (APT 2.7+, Debian 13, Ubuntu 24.04): {@code clean} that removes the lists too. */
    private static boolean distClean(SimpleCommand c) {
        return c.program().filter(APT::contains).isPresent() && c.operands().stream().findFirst()
                .map(w -> w.value().equals("dist-clean") || w.value().equals("distclean")).orElse(false);
    }

    private static boolean fetchesLists(SimpleCommand c) {
        return c.program().filter(APT::contains).isPresent()
                && c.operands().stream().findFirst().map(w -> w.value().equals("update") || w.value().equals("install"))
                .orElse(false);
    }

    /**
     * A cache or tmpfs mount on the lists, or mounts holding both apt's state and cache folders (on them or on
     * folders above them, like {@code /var/cache}); hadolint's spec wants the cache folder mounted too when the lists
     * are held only by a mount above them.
     */
    private static boolean listsMounted(Instruction.Run run) {
        return CacheMounts.targets(run).contains(LISTS)
                || CacheMounts.mounted(run, List.of("/var/lib/apt")) && CacheMounts.mounted(run, List.of("/var/cache/apt"));
    }
}
