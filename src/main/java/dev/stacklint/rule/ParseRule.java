package dev.stacklint.rule;

/**
 * A code whose findings come from a parser, a loader or the engine rather than from a check over a model
 * (YAML syntax, schema, Dockerfile syntax...). It has metadata and a doc like any rule.
 */
public record ParseRule(RuleMeta meta) implements Rule {
}
