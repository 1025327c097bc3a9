package dev.stacklint.rule;

import dev.stacklint.dockerfile.Dockerfile;

/**
 * A Dockerfile rule whose work runs outside stacklint (ShellCheck): the engine starts it before the other rules and
 * collects its findings after them, so the two run side by side.
 */
public interface BackgroundDockerfileRule extends DockerfileRule {
    /** Starts the work; the returned step reports its findings and is run once the other rules are done. */
    Runnable start(Dockerfile dockerfile, RuleContext ctx, Reporter reporter);

    @Override
    default void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        start(dockerfile, ctx, reporter).run();
    }
}
