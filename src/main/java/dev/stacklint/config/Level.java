package dev.stacklint.config;

import dev.stacklint.rule.Severity;

import java.util.Optional;

/** What configuration makes of a rule: report at a severity, or not at all. */
public enum Level {
    ERROR,
    WARNING,
    INFO,
    STYLE,
    OFF;

    /** The severity to report at; empty when the rule is off. */
    public Optional<Severity> severity() {
        return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
    }

    public static Optional<Level> parse(String text) {
        if (text.trim().equalsIgnoreCase("off")) {
            return Optional.of(OFF);
        }
        return Severity.parse(text).map(s -> valueOf(s.name()));
    }
}
