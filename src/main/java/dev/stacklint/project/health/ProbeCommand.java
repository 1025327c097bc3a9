package dev.stacklint.project.health;

import dev.stacklint.project.command.Arg;

import java.util.Optional;

/**
 * One program a health check runs.
 *
 * @param program the word that names it
 * @param target  the local address it requests, when the linter can read it
 */
public record ProbeCommand(Arg program, Optional<ProbeTarget> target) {

    /** The program's name without its folder: {@code curl} for {@code /usr/bin/curl}. */
    public String name() {
        return program.baseName();
    }
}
