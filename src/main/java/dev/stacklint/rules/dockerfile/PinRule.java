package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;

import java.util.List;

/**
 * A rule about packages installed without a version: it reports once per RUN (ONBUILD RUN included) and problem,
 * at the first unpinned package, naming all of them (see {@link UnpinnedPackages}).
 */
abstract class PinRule implements DockerfileRule {

    @Override
    public final void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Run run) {
                UnpinnedPackages unpinned = new UnpinnedPackages();
                run.commands().forEach(c -> check(dockerfile, run, c, unpinned));
                unpinned.report(reporter, this::message);
            }
        }
    }

    /** Adds the packages {@code command} installs without a version. */
    abstract void check(SimpleCommand command, UnpinnedPackages unpinned);

    /** The same, for a rule that needs to know what came before the RUN in its Dockerfile. */
    void check(Dockerfile dockerfile, Instruction.Run run, SimpleCommand command, UnpinnedPackages unpinned) {
        check(command, unpinned);
    }

    /** The message for a problem and the packages that have it ({@code names} holds one or more). */
    abstract String message(String problem, List<String> names);
}
