package dev.stacklint.project;

/**
 * Whether a file or service describes a production deployment or a development setup; {@link #UNKNOWN} when
 * neither its name, its configuration nor its content says (a plain {@code docker-compose.yml} with no tells).
 */
public enum Environment {
    PRODUCTION,
    DEVELOPMENT,
    UNKNOWN
}
