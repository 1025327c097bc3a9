package dev.stacklint.compose;

import dev.stacklint.source.Origin;

import java.util.Optional;

/**
 * One {@code ports} entry, from the short ({@code "127.0.0.1:8000:5000/udp"}) or long form.
 *
 * @param origin    the whole entry
 * @param hostIp    the host address it binds to, if given
 * @param published the host port(s), if published on a fixed port
 * @param target    the container port(s)
 * @param protocol  tcp, udp or sctp (tcp when not given)
 * @param mode      host or ingress, if given
 */
public record PortMapping(Origin origin, Optional<Located<String>> hostIp, Optional<Located<PortRange>> published,
                          Located<PortRange> target, String protocol, Optional<String> mode) {

    /** True when the entry is written with a variable ({@code "${DB_PORT:-5432}:5432"}): the user picks the port. */
    public boolean interpolated() {
        return origin.file().slice(origin.span()).indexOf('$') >= 0;
    }
}
