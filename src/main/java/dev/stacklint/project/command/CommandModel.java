package dev.stacklint.project.command;

import dev.stacklint.source.Origin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a container command starts: each long-running program with where it listens.
 * Short helpers ({@code echo}, {@code cd}, migrations, waits) are not in it.
 *
 * @param launches      the long-running programs
 * @param waits         the checks it makes for other services before (or while) starting them
 * @param privilegeDrop where it switches to a user other than root ({@code gosu app}, uWSGI's {@code uid}), if it does
 */
public record CommandModel(List<Launch> launches, List<Wait> waits, Optional<Origin> privilegeDrop) {
    public static final CommandModel EMPTY = new CommandModel(List.of());

    public CommandModel {
        launches = List.copyOf(launches);
        waits = List.copyOf(waits);
    }

    public CommandModel(List<Launch> launches) {
        this(launches, List.of(), Optional.empty());
    }

    /** True when one of the waits covers a service reached by one of {@code names} that runs {@code product}. */
    public boolean waitsFor(java.util.Collection<String> names, String product) {
        return waits.stream().anyMatch(w -> w.covers(names, product));
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
