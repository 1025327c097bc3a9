package dev.stacklint.project.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the {@code host:port} forms servers accept. */
final class Addresses {
    private Addresses() {
    }

    /**
     * A gunicorn/hypercorn bind: {@code HOST:PORT}, {@code :PORT} (all interfaces), {@code [::]:PORT},
     * {@code HOST} alone (default port), {@code unix:PATH}, {@code fd://N}, {@code tcp://HOST:PORT}.
     */
    static Listen bind(Setting s, int defaultPort) {
        if (s.value().isEmpty()) {
            return Listen.unknown(s.origin());
        }
        String v = s.value().get();
        if (v.startsWith("unix:")) {
            return Listen.socket(v.replaceFirst("^unix:(//)?", ""), s.origin());
        }
        if (v.startsWith("fd://")) {
            return Listen.unknown(s.origin());
        }
        if (v.startsWith("tcp://")) {
            v = v.substring("tcp://".length());
        }
        return hostPort(v, Optional.of(defaultPort), s);
    }

    /** gunicorn/hypercorn {@code -b/--bind} options (default port 8000). */
    static List<Listen> binds(List<Options.Opt> opts) {
        List<Listen> out = new ArrayList<>();
        for (Options.Opt b : opts) {
            out.add(b.value().map(v -> bind(Setting.of(v), 8000)).orElse(Listen.unknown(b.word().origin())));
        }
        return out;
    }

    /** A unix-socket option ({@code --uds PATH}). */
    static Listen socket(Options.Opt opt) {
        return opt.value().filter(v -> !v.dynamic()).map(v -> Listen.socket(v.value(), v.origin()))
                .orElse(Listen.unknown(opt.word().origin()));
    }

    /** {@link #hostPort} of a setting whose value may be unknown. */
    static Listen address(Setting s, Optional<Integer> defaultPort) {
        return s.value().map(v -> hostPort(v, defaultPort, s)).orElse(Listen.unknown(s.origin()));
    }

    /**
     * {@code HOST:PORT}, {@code [V6]:PORT}, {@code :PORT}; {@code *} or nothing before the colon means every
     * interface. Without a colon the text is a host and {@code defaultPort} applies (unknown when empty).
     */
    static Listen hostPort(String v, Optional<Integer> defaultPort, Setting s) {
        String host;
        String port;
        if (v.startsWith("[")) {
            int close = v.indexOf(']');
            if (close < 0) {
                return Listen.unknown(s.origin());
            }
            host = v.substring(1, close);
            port = v.startsWith(":", close + 1) ? v.substring(close + 2) : null;
        } else if (v.indexOf(':') >= 0 && v.indexOf(':') == v.lastIndexOf(':')) {
            host = v.substring(0, v.indexOf(':'));
            port = v.substring(v.indexOf(':') + 1);
        } else if (v.indexOf(':') < 0) {
            host = v;
            port = null;
        } else {
            return Listen.unknown(s.origin());
        }
        if (host.equals("*")) {
            host = "";
        }
        OptionalInt p;
        if (port == null) {
            p = defaultPort.map(OptionalInt::of).orElse(OptionalInt.empty());
        } else {
            p = port.matches("\\d{1,5}") ? OptionalInt.of(Integer.parseInt(port)) : OptionalInt.empty();
        }
        if (host.contains("$")) {
            return Listen.unknown(s.origin());
        }
        return new Listen(Optional.of(host), p, false, s.byDefault(), s.origin());
    }
}
