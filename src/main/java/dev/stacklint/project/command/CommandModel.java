package dev.stacklint.project.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a container command starts: each long-running program with where it listens.
 * Short helpers ({@code echo}, {@code cd}, migrations, waits) are not in it.
 */
public record CommandModel(List<Launch> launches) {
    public static final CommandModel EMPTY = new CommandModel(List.of());

    public CommandModel {
        launches = List.copyOf(launches);
    }

    /** The TCP ports the container's programs listen on, when every program and port is known. */
    public Optional<Set<Integer>> knownPorts() {
        if (launches.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> ports = new TreeSet<>();
        for (Launch l : launches) {
            if (!l.listensKnown() || l.server() == Server.UNKNOWN || l.server().role() != Server.Role.APP) {
                return Optional.empty();
            }
            for (Listen listen : l.listens()) {
                if (!listen.unix()) {
                    ports.add(listen.port().orElseThrow());
                }
            }
        }
        return Optional.of(ports);
    }

    public boolean runs(Server.Role role) {
        return launches.stream().anyMatch(l -> l.server().role() == role);
    }
}
