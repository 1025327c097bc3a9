package dev.stacklint.source;

/** What a file is to the linter; decides which parser and which rules see it. */
public enum FileKind {
    DOCKERFILE,
    COMPOSE,
    DOCKERIGNORE,
    /** A Dockerfile or Compose file source that is rendered before use (Jinja, Helm, ERB...): reported, never parsed. */
    TEMPLATE,
    CONFIG,
    /** A CI workflow ({@code .github/workflows/*.yml}, {@code .gitlab-ci.yml}): read for the images it builds. */
    WORKFLOW,
    OTHER
}
