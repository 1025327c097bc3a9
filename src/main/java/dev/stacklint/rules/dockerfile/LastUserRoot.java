package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * DL3002: the image a container runs ends as root (the last USER, by name or uid 0, with or without a group). The
 * image is the last stage, and each stage a Compose service or bake target builds with {@code target}; a USER of a
 * stage it is built FROM carries over. A builder stage that ends as root runs nothing.
 */
public final class LastUserRoot implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3002", "last-user-root", Severity.WARNING,
            "The last USER of the stage that becomes the image is root, so the container runs as root.").in(Category.SECURITY);

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Set<Instruction.User> reported = new HashSet<>();
        for (Stage image : builds.runningStages(dockerfile)) {
            lastUser(dockerfile, image).filter(LastUserRoot::isRoot).filter(reported::add).ifPresent(user ->
                    reporter.report(user.user().span(), "the image ends as root, so its container runs as root: after"
                            + " the steps that need root, switch to an unprivileged user, e.g. USER 10001 or USER app"));
        }
    }

    /** The USER in force at the end of {@code image}: its own last one, else the last of a stage it is built FROM. */
    static Optional<Instruction.User> lastUser(Dockerfile dockerfile, Stage image) {
        Instruction.User last = null;
        for (Stage s : dockerfile.chain(image)) {
            for (Instruction i : s.instructions()) {
                if (i instanceof Instruction.User u) {
                    last = u;
                }
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean isRoot(Instruction.User last) {
        String value = last.user().value();
        int colon = value.indexOf(':');
        String user = colon < 0 ? value : value.substring(0, colon);
        return user.equals("root") || user.equals("0");
    }
}
