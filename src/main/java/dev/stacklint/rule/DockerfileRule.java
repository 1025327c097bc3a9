package dev.stacklint.rule;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;

/** A rule over one parsed Dockerfile. Report with {@link Reporter#report(dev.stacklint.source.Span, String)}. */
public non-sealed interface DockerfileRule extends Rule {
    void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter);

    /**
     * The check, knowing how the project builds the file (its named build contexts, the stages that become images).
     * The engine calls this one; rules that need those facts override it.
     */
    default void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        check(dockerfile, ctx, reporter);
    }

    /**
     * A rule that needs to know how the project builds the file; linted on its own, the file is its own build
     * ({@link Builds#ALONE}).
     */
    interface WithBuilds extends DockerfileRule {
        @Override
        default void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
            check(dockerfile, Builds.ALONE, ctx, reporter);
        }

        @Override
        void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter);
    }
}
