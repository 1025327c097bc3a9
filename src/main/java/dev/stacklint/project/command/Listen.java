package dev.stacklint.project.command;

import dev.stacklint.source.Origin;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An address a server in the container listens on.
 *
 * @param host      the interface: empty text means all interfaces; empty Optional means unknown
 * @param port      the TCP port; empty when unknown (or for a unix socket)
 * @param unix      a unix socket path rather than TCP (then {@code host} holds the path)
 * @param byDefault nothing chose the address: it is the server's default
 * @param origin    where it was chosen (the option, variable or config entry), or the command when defaulted
 * @param protocol  what the server speaks there: HTTP, or uWSGI's own binary protocol ({@code --socket})
 */
public record Listen(Optional<String> host, OptionalInt port, boolean unix, boolean byDefault, Origin origin,
                     Protocol protocol) {

    /** What a client must speak to the address. */
    public enum Protocol { HTTP, UWSGI }

    public Listen(Optional<String> host, OptionalInt port, boolean unix, boolean byDefault, Origin origin) {
        this(host, port, unix, byDefault, origin, Protocol.HTTP);
    }

    public Listen speaking(Protocol p) {
        return new Listen(host, port, unix, byDefault, origin, p);
    }

    public static Listen tcp(String host, int port, boolean byDefault, Origin origin) {
        return new Listen(Optional.of(host), OptionalInt.of(port), false, byDefault, origin);
    }

    public static Listen unknown(Origin origin) {
        return new Listen(Optional.empty(), OptionalInt.empty(), false, false, origin);
    }

    public static Listen socket(String path, Origin origin) {
        return new Listen(Optional.of(path), OptionalInt.empty(), true, false, origin);
    }

    /** True when the address is certainly reachable only from inside the container. */
    public boolean loopbackOnly() {
        return !unix && host.map(Listen::isLoopback).orElse(false);
    }

    public boolean known() {
        return unix || (host.isPresent() && port.isPresent());
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("ip6-localhost") || h.equals("::1") || h.startsWith("127.");
    }

    /** {@code 127.0.0.1:5000} as people write it. */
    public String display() {
        if (unix) {
            return "unix:" + host.orElse("?");
        }
        String h = host.map(x -> x.isEmpty() ? "0.0.0.0" : x).orElse("?");
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return h + ":" + (port.isPresent() ? String.valueOf(port.getAsInt()) : "?");
    }
}
