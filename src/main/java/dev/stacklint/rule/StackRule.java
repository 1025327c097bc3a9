package dev.stacklint.rule;

import dev.stacklint.project.Stack;

/** A rule over a linked stack: compose services, the Dockerfiles they build and the apps those images run. */
public non-sealed interface StackRule extends Rule {
    void check(Stack stack, RuleContext ctx, Reporter reporter);
}
