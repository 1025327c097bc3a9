package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** DL3003: a RUN changes directory with {@code cd}. */
public final class UseWorkdirNotCd extends RunCommandRule {
    static final RuleMeta META = new RuleMeta("DL3003", "use-workdir-not-cd", Severity.WARNING, Target.DOCKERFILE,
            "RUN changes directory with cd; WORKDIR says it once and for the following instructions too.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(SimpleCommand command, Reporter reporter) {
        if (command.program().filter("cd"::equals).isPresent()) {
            reporter.report(command.span(), "cd only lasts until the end of this RUN and hides where the following "
                    + "commands run: set the directory with WORKDIR (or give the command an absolute path)");
        }
    }
}
