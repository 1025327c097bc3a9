package dev.stacklint.rule;

/**
 * A check. Each rule is one class; its metadata is declared once, as the class's {@code static final RuleMeta META},
 * and read everywhere else through {@link #meta()}. What the rule looks at comes from the interface it implements.
 */
public sealed interface Rule permits DockerfileRule, ComposeRule, StackRule, WorkflowRule, ParseRule {
    default RuleMeta meta() {
        return RuleMetas.of(getClass());
    }
}
