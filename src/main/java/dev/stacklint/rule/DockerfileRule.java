package dev.stacklint.rule;

import dev.stacklint.dockerfile.Dockerfile;

/** A rule over one parsed Dockerfile. Report with {@link Reporter#report(dev.stacklint.source.Span, String)}. */
public non-sealed interface DockerfileRule extends Rule {
    void check(Dockerfile dockerfile, Reporter reporter);
}
