package dev.stacklint.rules.stack;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rule.Target;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * DL3002: the image a container runs ends as root (the last USER, by name or uid 0, with or without a group). The
 * image is the stage each container of the stack runs: the last stage, or the one a Compose service or bake target
 * builds with {@code target}; a USER of a stage it is built FROM carries over. A builder stage that ends as root
 * runs nothing. A stack rule, so that it sees what the container starts: an entrypoint that drops to another user
 * ({@code exec gosu app "$@"}, {@code su-exec}, {@code setpriv}) or a Compose {@code user:} means the program does
 * not run as root.
 */
public final class LastUserRoot implements StackRule {
    static final RuleMeta META = new RuleMeta("DL3002", "last-user-root", Severity.WARNING, Target.DOCKERFILE,
            "The last USER of the stage that becomes the image is root, so the container runs as root.").in(Category.SECURITY);

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        Set<Instruction.User> reported = new HashSet<>();
        for (Container c : stack.containers()) {
            if (c.image().isEmpty() || c.service().flatMap(s -> s.user()).isPresent()
                    || c.command().privilegeDrop().isPresent()) {
                continue;
            }
            BuiltImage image = c.image().get();
            image.user().filter(LastUserRoot::isRoot).filter(reported::add).ifPresent(user ->
                    reporter.report(image.dockerfile().source(), user.user().span(), "the image ends as root, so its"
                            + " container runs as root: after the steps that need root, switch to an unprivileged"
                            + " user, e.g. USER 10001 or USER app"));
        }
    }

    /** The USER in force at the end of {@code image}: its own last one, else the last of a stage it is built FROM. */
    public static Optional<Instruction.User> lastUser(Dockerfile dockerfile, Stage image) {
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
