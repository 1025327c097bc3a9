package dev.stacklint.project.health;

import dev.stacklint.source.Origin;

import java.util.List;

/**
 * The health check a container runs, as the programs it starts.
 *
 * @param at       the test: Compose's {@code healthcheck.test}, or the HEALTHCHECK instruction's command
 * @param shell    the test runs through {@code /bin/sh -c} ({@code CMD-SHELL}, a string test, a shell-form
 *                 {@code HEALTHCHECK CMD})
 * @param commands the programs it runs, in order
 */
public record HealthProbe(Origin at, boolean shell, List<ProbeCommand> commands) {
    public HealthProbe {
        commands = List.copyOf(commands);
    }
}
