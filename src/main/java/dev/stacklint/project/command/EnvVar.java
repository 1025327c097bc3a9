package dev.stacklint.project.command;

import dev.stacklint.source.Origin;

import java.util.Optional;

/**
 * An environment variable of the container as far as the linter knows it.
 *
 * @param name   the variable's name
 * @param value  its value; empty when it is set to something unknown (an unresolved variable, an env_file not read)
 * @param origin where it is set; empty when it may be set somewhere the linter cannot see
 */
public record EnvVar(String name, Optional<String> value, Optional<Origin> origin) {

    public static EnvVar known(String name, String value, Origin origin) {
        return new EnvVar(name, Optional.of(value), Optional.of(origin));
    }

    public static EnvVar unknown(String name) {
        return new EnvVar(name, Optional.empty(), Optional.empty());
    }
}
