package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** DL3004: a RUN calls {@code sudo}. */
public final class NoSudo extends RunCommandRule {
    static final RuleMeta META = new RuleMeta("DL3004", "no-sudo", Severity.ERROR, Target.DOCKERFILE,
            "RUN uses sudo, which has no place in an image build.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(SimpleCommand command, Reporter reporter) {
        if (command.program().filter("sudo"::equals).isPresent()) {
            reporter.report(command.words().get(0).span(), "sudo in a build is unpredictable (a TTY, a password, "
                    + "an environment reset): RUN already runs as root unless USER changed it; switch with USER, "
                    + "or use gosu or su-exec in an entrypoint");
        }
    }
}
