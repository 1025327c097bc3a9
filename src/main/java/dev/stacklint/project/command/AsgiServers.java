package dev.stacklint.project.command;

import dev.stacklint.project.python.AppCode;
import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** uvicorn, hypercorn, daphne and the FastAPI CLI (which runs uvicorn). */
final class AsgiServers {
    private static final Set<String> UVICORN_VALUED = Set.of("--host", "--port", "--uds", "--fd", "--workers",
            "--log-level", "--root-path", "--forwarded-allow-ips", "--env-file", "--app-dir", "--loop", "--http",
            "--ws", "--lifespan", "--interface", "--ssl-keyfile", "--ssl-certfile", "--ssl-keyfile-password",
            "--ssl-version", "--ssl-cert-reqs", "--ssl-ca-certs", "--ssl-ciphers", "--timeout-keep-alive",
            "--limit-concurrency", "--backlog", "--limit-max-requests", "--reload-dir", "--reload-include",
            "--reload-exclude", "--reload-delay", "--log-config", "--header", "--h11-max-incomplete-event-size",
            "--ws-max-size", "--ws-max-queue", "--ws-ping-interval", "--ws-ping-timeout", "--ws-per-message-deflate",
            "--timeout-graceful-shutdown", "--factory-name");
    private static final Set<String> HYPERCORN_VALUED = Set.of("-b", "--bind", "-c", "--config", "-w", "--workers",
            "-k", "--worker-class", "--insecure-bind", "--quic-bind", "--access-logfile", "--error-logfile",
            "--log-file", "--access-logformat", "--log-level", "--log-config", "--root-path", "--certfile",
            "--keyfile", "--ca-certs", "--ciphers", "--keep-alive", "--graceful-timeout", "--backlog", "-p", "--pid",
            "-u", "--umask", "--user", "-g", "--group", "--server-name", "--statsd-host", "--statsd-prefix",
            "--max-requests", "--max-requests-jitter", "--read-timeout");
    private static final Set<String> DAPHNE_VALUED = Set.of("-b", "--bind", "-p", "--port", "-u", "--unix-socket",
            "--fd", "-e", "--endpoint", "-v", "--verbosity", "-t", "--http-timeout", "--access-log",
            "--log-fmt", "--ping-interval", "--ping-timeout", "--application-close-timeout", "--root-path",
            "--websocket_timeout", "--websocket_connect_timeout", "--proxy-headers-host", "--proxy-headers-port",
            "--server-name");

    private static final Set<String> FASTAPI_VALUED = Set.of("--host", "--port", "--app", "--entrypoint", "-e",
            "--workers", "--root-path", "--reload-dir", "--forwarded-allow-ips");

    private AsgiServers() {
    }

    /** {@code --host}/{@code --port}, or {@code UVICORN_HOST}/{@code UVICORN_PORT}; {@code --uds} a unix socket. */
    static Optional<Launch> uvicorn(Arg program, List<Arg> args, CommandContext ctx) {
        Origin where = CommandAnalyzer.span(program, args);
        Options o = Options.parse(args, UVICORN_VALUED, false);
        List<Listen> listens = new ArrayList<>();
        Optional<Options.Opt> uds = o.last("--uds");
        if (uds.isPresent()) {
            listens.add(Addresses.socket(uds.get()));
        } else if (o.last("--fd").isPresent()) {
            listens.add(Listen.unknown(o.last("--fd").get().word().origin()));
        } else {
            Setting host = Setting.first(o.last("--host"), "UVICORN_HOST", ctx, "127.0.0.1", where);
            Setting port = Setting.first(o.last("--port"), "UVICORN_PORT", ctx, "8000", where);
            listens.add(Setting.listen(host, port));
        }
        // uvicorn reads X-Forwarded-* only from --forwarded-allow-ips (127.0.0.1 by default)
        boolean trusts = o.last("--forwarded-allow-ips").isPresent() || ctx.env("FORWARDED_ALLOW_IPS").isPresent();
        Optional<AppCode> app = o.last("--app-dir").isPresent() || o.positionals().isEmpty() ? Optional.empty()
                : AppModules.find(o.positionals().get(0), ctx);
        return Optional.of(Launch.of(Server.UVICORN, where, listens, Optional.empty())
                .trusting(trusts ? ProxyTrust.TRUSTS : ProxyTrust.NONE).serving(app));
    }

    /**
     * The FastAPI CLI: {@code fastapi run} listens on 0.0.0.0:8000 by default, {@code fastapi dev} on 127.0.0.1:8000;
     * {@code --host}/{@code --port} change that. Other sub-commands start no server.
     */
    static Optional<Launch> fastapi(Arg program, List<Arg> args, CommandContext ctx) {
        Options o = Options.parse(args, FASTAPI_VALUED, false);
        Optional<String> command = o.positionals().stream().findFirst().map(Arg::value);
        if (command.isEmpty() || !(command.get().equals("run") || command.get().equals("dev"))) {
            return Optional.empty();
        }
        Origin where = CommandAnalyzer.span(program, args);
        String defaultHost = command.get().equals("run") ? "0.0.0.0" : "127.0.0.1";
        Setting host = Setting.first(o.last("--host"), "", ctx, defaultHost, where);
        Setting port = Setting.first(o.last("--port"), "", ctx, "8000", where);
        return Optional.of(Launch.of(Server.FASTAPI, where, List.of(Setting.listen(host, port)), Optional.empty()));
    }

    /** {@code -b/--bind} (repeatable); a config file may bind elsewhere, so with {@code -c} and no bind it is unknown. */
    static Optional<Launch> hypercorn(Arg program, List<Arg> args, CommandContext ctx) {
        Origin where = CommandAnalyzer.span(program, args);
        Options o = Options.parse(args, HYPERCORN_VALUED, false);
        List<Listen> listens = new ArrayList<>();
        listens.addAll(Addresses.binds(o.all("-b", "--bind")));
        if (listens.isEmpty()) {
            listens.add(o.last("-c", "--config").isPresent() ? Listen.unknown(where)
                    : Listen.tcp("127.0.0.1", 8000, true, where));
        }
        return Optional.of(Launch.of(Server.HYPERCORN, where, listens, Optional.empty()));
    }

    /** {@code -b HOST -p PORT}, {@code -u SOCKET}; twisted endpoints ({@code -e}) are not modelled. */
    static Optional<Launch> daphne(Arg program, List<Arg> args, CommandContext ctx) {
        Origin where = CommandAnalyzer.span(program, args);
        Options o = Options.parse(args, DAPHNE_VALUED, false);
        List<Listen> listens = new ArrayList<>();
        for (Options.Opt u : o.all("-u", "--unix-socket")) {
            listens.add(Addresses.socket(u));
        }
        if (!o.all("-e", "--endpoint", "--fd").isEmpty()) {
            listens.add(Listen.unknown(where));
        }
        boolean tcp = o.last("-b", "--bind", "-p", "--port").isPresent() || listens.isEmpty();
        if (tcp) {
            Setting host = Setting.first(o.last("-b", "--bind"), "", ctx, "127.0.0.1", where);
            Setting port = Setting.first(o.last("-p", "--port"), "", ctx, "8000", where);
            listens.add(Setting.listen(host, port));
        }
        return Optional.of(Launch.of(Server.DAPHNE, where, listens, Optional.empty()));
    }
}
