package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.List;

/**
 * DL3027: a RUN calls {@code apt}, the interactive front end, instead of {@code apt-get}; reported once per RUN, at
 * the first apt, as hadolint does (an {@code apt update && apt install} pair is one habit, not two problems).
 */
public final class UseAptGetNotApt implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3027", "use-apt-get-not-apt", Severity.WARNING, Target.DOCKERFILE,
            "RUN uses apt, whose command-line interface is not stable for scripts; use apt-get or apt-cache.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Run run) {
                List<SimpleCommand> apts = run.commands().stream()
                        .filter(c -> c.program().filter("apt"::equals).isPresent()).toList();
                if (!apts.isEmpty()) {
                    reporter.report(apts.get(0).words().get(0).span(), "apt" + (apts.size() > 1 ? " (" + apts.size()
                            + " times in this RUN)" : "") + " is meant for people at a terminal and warns that its "
                            + "interface may change: use apt-get (or apt-cache for queries) in scripts");
                }
            }
        }
    }
}
