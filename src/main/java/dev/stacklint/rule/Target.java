package dev.stacklint.rule;

/** What a rule looks at. */
public enum Target {
    DOCKERFILE,
    COMPOSE,
    STACK,
    /** A CI workflow ({@code .github/workflows/*.yml}, {@code .gitlab-ci.yml}) and the repository it builds. */
    WORKFLOW,
    /** Any file stacklint reads (e.g. suppression comments in Dockerfiles and Compose files alike). */
    ANY;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
