package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** DL3002: the last USER of a stage is root (by name or uid 0, with or without a group). */
public final class LastUserRoot implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3002", "last-user-root", Severity.WARNING, Target.DOCKERFILE,
            "The last USER of a stage is root, so the container runs as root.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        Instruction.User last = null;
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.From) {
                report(last, reporter);
                last = null;
            } else if (instruction instanceof Instruction.User user) {
                last = user;
            }
        }
        report(last, reporter);
    }

    private static void report(Instruction.User last, Reporter reporter) {
        if (last == null) {
            return;
        }
        String value = last.user().value();
        int colon = value.indexOf(':');
        String user = colon < 0 ? value : value.substring(0, colon);
        if (user.equals("root") || user.equals("0")) {
            reporter.report(last.user().span(), "the stage ends as root, so its container runs as root: after the "
                    + "steps that need root, switch to an unprivileged user, e.g. USER 10001 or USER app");
        }
    }
}
