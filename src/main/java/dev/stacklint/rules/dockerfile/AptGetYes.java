package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3014: {@code apt-get install} without {@code -y} (or {@code --yes}, {@code --assume-yes}, {@code -qq}). */
public final class AptGetYes extends AptGetRule {
    static final RuleMeta META = new RuleMeta("DL3014", "apt-get-yes", Severity.WARNING,
            "apt-get install without -y waits for a confirmation that never comes in a build.").fixable(Fix.Safety.SAFE);

    @Override
    void check(Instruction.Run run, PackageCommand install, Reporter reporter) {
        // -qq implies -y, as apt-get documents
        if (!install.hasShort('y') && !install.hasLong("--yes", "--assume-yes") && install.quietLevel() < 2) {
            reporter.report(install.verb().span(), "apt-get install asks for confirmation and the build has "
                    + "no one to answer it: add -y", addOption(run, install, "-y", Fix.Safety.SAFE));
        }
    }
}
