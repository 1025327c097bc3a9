package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Set;

/** DL3001: a RUN calls a command that makes no sense while an image is being built. */
public final class PointlessCommand extends RunCommandRule {
    static final RuleMeta META = new RuleMeta("DL3001", "pointless-command", Severity.INFO,
            "RUN calls a command that has no lasting effect in an image build (ssh, vim, service, ps, top...).");

    /** The same set as hadolint's: interactive tools, process and service control, mounts. */
    private static final Set<String> POINTLESS = Set.of("ssh", "vim", "shutdown", "service", "ps", "free", "top",
            "kill", "mount");

    @Override
    void check(Instruction.Run run, SimpleCommand command, Reporter reporter) {
        command.program().filter(POINTLESS::contains).ifPresent(program -> reporter.report(
                command.words().get(0).span(), program + " has no lasting effect in a build step (no processes, "
                        + "services, terminal or mounts survive the RUN): remove it, or do this when the "
                        + "container runs"));
    }
}
