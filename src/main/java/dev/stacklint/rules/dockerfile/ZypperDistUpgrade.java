package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3035: {@code zypper dist-upgrade} (or {@code dup}) in a build. */
public final class ZypperDistUpgrade extends RunCommandRule {
    static final RuleMeta META = new RuleMeta("DL3035", "zypper-dist-upgrade", Severity.WARNING,
            "zypper dist-upgrade in a build moves the whole image to another distribution release.");

    @Override
    void check(Instruction.Run run, SimpleCommand command, Reporter reporter) {
        PackageCommand.rpm(command, RpmTools.ZYPPER).filter(p -> p.verbIs("dist-upgrade", "dup")).ifPresent(p ->
                reporter.report(p.verb().span(), "zypper " + p.verb().value() + " upgrades the whole base image to "
                        + "whatever the repositories offer today: use a newer base image tag instead, and install "
                        + "only the packages you need"));
    }
}
