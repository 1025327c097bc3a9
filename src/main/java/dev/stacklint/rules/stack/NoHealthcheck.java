package dev.stacklint.rules.stack;

import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

/**
 * SL255: a service has no healthcheck: none in Compose and none in the Dockerfile it builds. A stack rule so that the
 * built image's HEALTHCHECK counts.
 */
public final class NoHealthcheck implements StackRule {
    static final RuleMeta META = new RuleMeta("SL255", "no-healthcheck", Severity.INFO,
            "A service has no healthcheck, in Compose or in the Dockerfile it builds.").in(Category.HARDENING)
            .offByDefault();

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            if (c.service().isEmpty() || c.service().get().healthcheck().isPresent()
                    || c.image().map(BuiltImage::hasHealthcheck).orElse(false)) {
                continue;
            }
            var name = c.service().get().name();
            reporter.report(name.file(), name.span(), "`" + name.value() + "` has no `healthcheck`, so Compose"
                    + " cannot tell a hung container from a healthy one; add one (or `healthcheck: {disable: true}`"
                    + " to say so)");
        }
    }
}
