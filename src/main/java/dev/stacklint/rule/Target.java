package dev.stacklint.rule;

/** What a rule looks at. */
public enum Target {
    DOCKERFILE,
    COMPOSE,
    STACK;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
