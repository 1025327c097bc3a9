package dev.stacklint.project.command;

import dev.stacklint.source.Origin;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * A wait in a container's command for another service to accept connections before the program starts
 * ({@code wait-for-it db:5432}, an {@code until pg_isready} loop, {@code dockerize -wait tcp://db:5432}).
 *
 * @param host     the host it waits for, when written literally
 * @param products the products it can only be waiting for ({@code pg_isready}: PostgreSQL), empty for a plain
 *                 TCP or unknown check
 * @param where    the words that wait
 */
public record Wait(Optional<String> host, Set<String> products, Origin where) {

    public Wait {
        products = Set.copyOf(products);
    }

    /**
     * True when this wait covers a dependency reached by one of {@code names} that runs {@code product}: a named
     * host must be one of the names; a wait for an unknown host covers any service it could be checking.
     */
    public boolean covers(Collection<String> names, String product) {
        if (host.isPresent()) {
            return names.stream().anyMatch(n -> n.equalsIgnoreCase(host.get()));
        }
        return products.isEmpty() || products.stream().anyMatch(p -> p.equalsIgnoreCase(product));
    }
}
