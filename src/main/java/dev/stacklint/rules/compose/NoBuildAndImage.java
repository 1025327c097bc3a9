package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.StyleOptions;

import java.util.Locale;
import java.util.Set;

/**
 * SL271 (dclint's {@code no-build-and-image}): a service with both {@code build} and {@code image}. Without a
 * {@code pull_policy} Compose pulls {@code image} first and builds only when the pull fails, so what runs depends on
 * what the registry holds. {@code pull_policy: build} (always build, tag as {@code image}) or {@code never} settles
 * it, unless dclint's {@code checkPullPolicy: false} asks for one of the two keys whatever the policy.
 */
public final class NoBuildAndImage implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL271", "no-build-and-image", Severity.WARNING,
            "A service sets both `build` and `image` without `pull_policy: build`.").in(Category.STYLE).offByDefault();
    private static final Set<String> SETTLED = Set.of("build", "never");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        StyleOptions options = ctx.tables().style();
        for (Service service : project.services().values()) {
            if (service.image().isEmpty() || service.build().isEmpty() || settled(service, options)) {
                continue;
            }
            service.keyPosition("build").ifPresent(key -> reporter.report(key.file(), key.span(), "`" + service.name().value() + "` sets both `build` and "
                            + "`image`: Compose pulls the image first and builds only when the pull fails; keep one, "
                            + "or set `pull_policy: build` to always build and tag the result as the image"));
        }
    }

    private static boolean settled(Service service, StyleOptions options) {
        return options.checkPullPolicy() && service.pullPolicy()
                .filter(p -> SETTLED.contains(p.value().trim().toLowerCase(Locale.ROOT))).isPresent();
    }
}
