package dev.stacklint.source;

/** What a file is to the linter; decides which parser and which rules see it. */
public enum FileKind {
    DOCKERFILE,
    COMPOSE,
    DOCKERIGNORE,
    CONFIG,
    OTHER
}
