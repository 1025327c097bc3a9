package dev.stacklint.rule;

/** A check. Each rule is one class; its metadata is declared once, on the class, and read everywhere else. */
public sealed interface Rule permits DockerfileRule, ComposeRule, StackRule, ParseRule {
    RuleMeta meta();
}
