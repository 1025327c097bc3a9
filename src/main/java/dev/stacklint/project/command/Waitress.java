package dev.stacklint.project.command;

import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code waitress-serve}: {@code --listen=HOST:PORT} (repeatable), or {@code --host}/{@code --port}; default 0.0.0.0:8080. */
final class Waitress {
    private static final Set<String> VALUED = Set.of("--listen", "--host", "--port", "--unix-socket",
            "--unix-socket-perms", "--threads", "--url-scheme", "--url-prefix", "--ident", "--backlog",
            "--recv-bytes", "--send-bytes", "--outbuf-overflow", "--outbuf-high-watermark", "--inbuf-overflow",
            "--connection-limit", "--cleanup-interval", "--channel-timeout", "--max-request-header-size",
            "--max-request-body-size", "--asyncore-loop-timeout", "--asyncore-use-poll", "--trusted-proxy",
            "--trusted-proxy-count", "--trusted-proxy-headers", "--call");

    private Waitress() {
    }

    static Optional<Launch> launch(Arg program, List<Arg> args, CommandContext ctx) {
        Origin where = CommandAnalyzer.span(program, args);
        Options o = Options.parse(args, VALUED, false);
        List<Listen> listens = new ArrayList<>();
        for (Options.Opt l : o.all("--listen")) {
            listens.add(l.value().map(v -> Addresses.address(Setting.of(v), Optional.of(8080)))
                    .orElse(Listen.unknown(l.word().origin())));
        }
        Optional<Options.Opt> unix = o.last("--unix-socket");
        unix.ifPresent(u -> listens.add(Addresses.socket(u)));
        if (listens.isEmpty()) {
            Setting host = Setting.first(o.last("--host"), "", ctx, "0.0.0.0", where);
            Setting port = Setting.first(o.last("--port"), "", ctx, "8080", where);
            listens.add(Setting.listen(host, port));
        }
        return Optional.of(Launch.of(Server.WAITRESS, where, listens, Optional.empty()));
    }
}
