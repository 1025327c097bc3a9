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

/**
 * DL3003: a RUN changes directory with {@code cd}. Reported once per RUN, at the first {@code cd}: the ones after it
 * ({@code cd ..}, {@code cd -}) are the same choice, not new problems.
 */
public final class UseWorkdirNotCd implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3003", "use-workdir-not-cd", Severity.WARNING, Target.DOCKERFILE,
            "RUN changes directory with cd; WORKDIR says it once and for the following instructions too.").in(Category.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Run run) {
                List<SimpleCommand> cds = run.commands().stream()
                        .filter(c -> c.program().filter("cd"::equals).isPresent()).toList();
                if (!cds.isEmpty()) {
                    reporter.report(cds.get(0).span(), "cd" + (cds.size() > 1 ? " (" + cds.size()
                            + " times in this RUN)" : "") + " only lasts until the end of this RUN and hides where the"
                            + " following commands run: set the directory with WORKDIR (or give the command an"
                            + " absolute path)");
                }
            }
        }
    }
}
