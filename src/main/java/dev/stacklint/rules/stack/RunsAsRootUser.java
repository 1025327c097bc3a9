package dev.stacklint.rules.stack;

import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.PlainImages;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

import java.util.Optional;

/**
 * SL259: a service runs as root: {@code user: root} (or {@code 0}, {@code 0:0}), or no {@code user} while the image
 * it builds ends as root. A pulled image's user is not known here, so such a service without {@code user} is left
 * alone; so is a command that drops to another user itself ({@code gosu}, uWSGI's {@code uid}).
 */
public final class RunsAsRootUser implements StackRule {
    static final RuleMeta META = new RuleMeta("SL259", "runs-as-root-user", Severity.INFO,
            "A service runs as root: `user: root`, or a built image that ends as root.").in(Category.HARDENING)
            .offByDefault();

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            if (c.service().isEmpty() || c.command().privilegeDrop().isPresent()) {
                continue;
            }
            Service s = c.service().get();
            Optional<Located<String>> user = s.user();
            String name = "`" + s.name().value() + "`";
            if (user.isPresent()) {
                if (isRoot(user.get().value())) {
                    reporter.report(user.get().file(), user.get().span(), name + " runs as root (`user: "
                            + user.get().value().trim() + "`): a process that escapes the container is root on the"
                            + " host unless user namespaces are on; run it as an unprivileged user (e.g. `user:"
                            + " \"10001:10001\"`)");
                }
            } else if (c.image().map(RunsAsRootUser::endsAsRoot).orElse(false)) {
                reporter.report(s.name().file(), s.name().span(), name + " runs as root: it sets no `user` and the"
                        + " image it builds (" + c.image().get().dockerfile().source().displayPath() + ") ends as"
                        + " root; add a non-root USER to the Dockerfile or set `user:` on the service");
            }
        }
    }

    /**
     * The built image's last USER is root, or it has none on a base that runs as root. Only when the Dockerfile
     * says what runs, on a plain base or through its own ENTRYPOINT: a database or web server base image's
     * entrypoint often drops to its own user.
     */
    private static boolean endsAsRoot(BuiltImage image) {
        boolean known = image.entrypoint().isPresent()
                || (image.hasOwnCommand() && PlainImages.isPlain(image.base().image().value()));
        return known && image.user().map(u -> isRoot(u.user().value()))
                .orElse(!RunsAsRoot.nonRootBase(image.base()));
    }

    private static boolean isRoot(String value) {
        String v = value.trim();
        int colon = v.indexOf(':');
        String user = colon < 0 ? v : v.substring(0, colon);
        return user.equals("root") || user.equals("0");
    }
}
