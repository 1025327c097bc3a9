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

/**
 * DL3019: {@code apk add} without {@code --no-cache}. Quiet when the RUN mounts a cache or tmpfs on
 * {@code /var/cache/apk} (or a folder above it), or (unlike hadolint) removes it, a folder above it or its
 * contents later in the same RUN ({@code rm -rf /var/cache/*}), and for {@code apk add --no-network}, which
 * downloads nothing.
 */
public final class ApkNoCache implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3019", "apk-no-cache", Severity.INFO,
            "apk add without --no-cache leaves the package index in the image layer.").in(Category.PERFORMANCE);

    private static final String CACHE = "/var/cache/apk";

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : ShippedInstructions.of(dockerfile, builds)) {
            if (instruction.effective() instanceof Instruction.Run run && !CacheMounts.mounted(run, List.of(CACHE))) {
                check(run.commands(), reporter);
            }
        }
    }

    private static void check(List<SimpleCommand> commands, Reporter reporter) {
        for (int i = 0; i < commands.size(); i++) {
            List<SimpleCommand> later = commands.subList(i + 1, commands.size());
            // --no-network downloads nothing: it installs from what is already there
            PackageCommand.apkAdd(commands.get(i)).filter(add -> !add.hasLong("--no-cache") && !add.hasLong("--no-network"))
                    .filter(add -> later.stream().noneMatch(c -> CacheMounts.removed(c, List.of(CACHE))))
                    .ifPresent(add -> reporter.report(add.verb().span(), "apk add keeps the downloaded package index "
                            + "in /var/cache/apk, which ends up in the layer: add --no-cache"));
        }
    }
}
