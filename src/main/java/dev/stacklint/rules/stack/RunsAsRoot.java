package dev.stacklint.rules.stack;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

import java.util.List;
import java.util.Locale;

/**
 * SL103: the final stage runs its program as root. A stack rule because a Compose {@code user:} on the service
 * settles it too, and so does a command that switches to another user before the program starts.
 */
public final class RunsAsRoot implements StackRule {
    static final RuleMeta META = new RuleMeta("SL103", "runs-as-root", Severity.INFO,
            "The final stage never sets a USER, so the program runs as root.").in(Category.SECURITY);
    /** Base images that already run as an unprivileged user. */
    private static final List<String> NON_ROOT_BASES = List.of("nonroot", "unprivileged", "rootless");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            if (c.image().isEmpty() || c.service().flatMap(s -> s.user()).isPresent()
                    || c.command().privilegeDrop().isPresent()) {
                continue; // Compose sets the user, or the entrypoint/app server switches to one (gosu, uWSGI uid)
            }
            BuiltImage image = c.image().get();
            if (!image.hasOwnCommand() || nonRootBase(image.base())) {
                continue;
            }
            if (image.user().isPresent()) {
                continue; // an explicit last `USER root` is DL3002's finding; one report for one mistake
            }
            Instruction.From from = image.stage().from();
            reporter.report(image.dockerfile().source(), from.span(), "the image runs as root: no USER in the"
                    + " final stage sets a non-root user; add one (e.g. `RUN useradd --create-home app` and"
                    + " `USER app`)");
        }
    }

    /** A base image known to run as an unprivileged user (Bitnami, `nonroot`, `unprivileged`, `rootless` tags). */
    public static boolean nonRootBase(Instruction.From from) {
        String image = from.image().value().toLowerCase(Locale.ROOT);
        return image.startsWith("bitnami/") || !from.image().isLiteral()
                || NON_ROOT_BASES.stream().anyMatch(image::contains);
    }
}
