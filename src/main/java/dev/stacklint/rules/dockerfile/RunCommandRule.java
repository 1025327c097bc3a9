package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;

/**
 * A rule that looks at each simple command a RUN executes (ONBUILD RUN, {@code sh -c} and heredoc scripts
 * included) on its own.
 */
abstract class RunCommandRule implements DockerfileRule.WithBuilds {

    @Override
    public final void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : shippedOnly() ? ShippedInstructions.of(dockerfile, builds)
                : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Run run) {
                for (SimpleCommand command : run.commands()) {
                    check(run, command, reporter);
                }
            }
        }
    }

    /** True for a rule about image size, which only matters in the stages that ship (not in builder stages). */
    boolean shippedOnly() {
        return false;
    }

    /** One command {@code run} executes; {@code run} is there for the rules that offer a fix (see {@link RunEdits}). */
    abstract void check(Instruction.Run run, SimpleCommand command, Reporter reporter);
}
