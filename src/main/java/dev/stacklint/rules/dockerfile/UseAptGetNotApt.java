package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** DL3027: a RUN calls {@code apt}, the interactive front end, instead of {@code apt-get}. */
public final class UseAptGetNotApt extends RunCommandRule {
    static final RuleMeta META = new RuleMeta("DL3027", "use-apt-get-not-apt", Severity.WARNING, Target.DOCKERFILE,
            "RUN uses apt, whose command-line interface is not stable for scripts; use apt-get or apt-cache.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(SimpleCommand command, Reporter reporter) {
        if (command.program().filter("apt"::equals).isPresent()) {
            reporter.report(command.words().get(0).span(), "apt is meant for people at a terminal and warns that "
                    + "its interface may change: use apt-get (or apt-cache for queries) in scripts");
        }
    }
}
