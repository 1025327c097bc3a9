package dev.stacklint.rule;

import dev.stacklint.ci.Workflow;

/** A rule over a CI workflow: the images it builds from the repository and the tags it pushes. */
public non-sealed interface WorkflowRule extends Rule {
    void check(Workflow workflow, RuleContext ctx, Reporter reporter);
}
