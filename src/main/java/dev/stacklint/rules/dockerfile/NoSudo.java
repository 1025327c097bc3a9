package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.List;

/** DL3004: a RUN calls {@code sudo}; reported once per RUN, at the first sudo, as hadolint does. */
public final class NoSudo implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3004", "no-sudo", Severity.ERROR, Target.DOCKERFILE,
            "RUN uses sudo, which has no place in an image build.").in(Category.SECURITY);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Run run) {
                List<SimpleCommand> sudos = run.commands().stream()
                        .filter(c -> c.program().filter("sudo"::equals).isPresent()).toList();
                if (!sudos.isEmpty()) {
                    reporter.report(sudos.get(0).words().get(0).span(), "sudo" + (sudos.size() > 1
                            ? " (" + sudos.size() + " times in this RUN)" : "") + " in a build is unpredictable (a "
                            + "TTY, a password, an environment reset): RUN already runs as root unless USER changed "
                            + "it; switch with USER, or use gosu or su-exec in an entrypoint");
                }
            }
        }
    }
}
