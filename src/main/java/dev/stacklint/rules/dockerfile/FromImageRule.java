package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.StackRule;

import java.util.List;
import java.util.Set;

/**
 * A rule about the images FROM names, judged as the Dockerfile's ARG defaults resolve them and again, as a stack
 * rule, as the build arguments of each Compose service that builds the Dockerfile resolve them.
 */
abstract class FromImageRule implements DockerfileRule.WithBuilds, StackRule {

    @Override
    public final void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        report(dockerfile, ResolvedFrom.of(dockerfile, builds), ctx, reporter);
    }

    @Override
    public final void check(Stack stack, RuleContext ctx, Reporter reporter) {
        Set<String> built = ResolvedFrom.builtImages(stack);
        for (Container c : stack.containers()) {
            c.service().flatMap(s -> s.build()).ifPresent(b -> c.image().map(BuiltImage::dockerfile).ifPresent(
                    df -> report(df, ResolvedFrom.withBuildArgs(df, b, built), ctx, reporter)));
        }
    }

    /** Reports what is wrong with each resolved FROM of {@code dockerfile}. */
    abstract void report(Dockerfile dockerfile, List<ResolvedFrom> froms, RuleContext ctx, Reporter reporter);
}
