package dev.stacklint.project;

/** Whether a file or service describes a production deployment or a development setup. */
public enum Environment {
    PRODUCTION,
    DEVELOPMENT
}
