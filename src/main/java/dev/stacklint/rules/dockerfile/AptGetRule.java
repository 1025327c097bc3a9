package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;

import java.util.List;

/** A rule about each {@code apt-get install} a RUN executes. */
abstract class AptGetRule extends RunCommandRule {

    @Override
    final void check(Instruction.Run run, SimpleCommand command, Reporter reporter) {
        PackageCommand.aptGetInstall(command).ifPresent(install -> check(run, install, reporter));
    }

    abstract void check(Instruction.Run run, PackageCommand install, Reporter reporter);

    /** The fix that adds {@code option} right after {@code install}, or null where the word cannot be edited. */
    static Fix addOption(Instruction.Run run, PackageCommand install, String option, Fix.Safety safety) {
        return RunEdits.insertAfter(run, install.verb(), option)
                .map(edit -> new Fix(safety, "add " + option + " to apt-get install", List.of(edit)))
                .orElse(null);
    }
}
