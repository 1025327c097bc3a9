package dev.stacklint.rule;

import dev.stacklint.compose.ComposeProject;

/** A rule over one loaded (merged, interpolated) Compose project. */
public non-sealed interface ComposeRule extends Rule {
    void check(ComposeProject project, RuleContext ctx, Reporter reporter);
}
