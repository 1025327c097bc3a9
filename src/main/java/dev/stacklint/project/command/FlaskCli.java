package dev.stacklint.project.command;

import dev.stacklint.project.python.AppCode;
import dev.stacklint.source.Origin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code flask [--app X] [--debug] run [--host H] [--port P] [--debug]}: Flask's development server.
 * Host and port come from the options, then {@code FLASK_RUN_HOST}/{@code FLASK_RUN_PORT}, then the defaults
 * 127.0.0.1:5000. Debug mode from {@code --debug}/{@code --no-debug}, {@code --debugger} or {@code FLASK_DEBUG}.
 */
final class FlaskCli {
    private static final Set<String> GROUP_VALUED = Set.of("--app", "-A", "--env-file", "-e");
    private static final Set<String> RUN_VALUED = Set.of("--host", "-h", "--port", "-p", "--cert", "--key",
            "--extra-files", "--exclude-patterns");

    private FlaskCli() {
    }

    /** The server {@code flask run} starts; empty for other sub-commands ({@code flask db upgrade}). */
    static Optional<Launch> launch(Arg program, List<Arg> args, CommandContext ctx) {
        Options group = Options.parse(args, GROUP_VALUED, true);
        List<Arg> pos = group.positionals();
        if (pos.isEmpty() || !pos.get(0).value().equals("run")) {
            return Optional.empty();
        }
        Options run = Options.parse(pos.subList(1, pos.size()), RUN_VALUED, false);
        Origin where = CommandAnalyzer.span(program, args);
        Setting host = Setting.first(run.last("--host", "-h"), "FLASK_RUN_HOST", ctx, "127.0.0.1", where);
        Setting port = Setting.first(run.last("--port", "-p"), "FLASK_RUN_PORT", ctx, "5000", where);
        return Optional.of(Launch.of(Server.FLASK_RUN, where, List.of(Setting.listen(host, port)),
                debug(group, run, ctx)).serving(app(group, ctx)));
    }

    /** The module {@code --app} or {@code FLASK_APP} names (Flask's own discovery of app.py/wsgi.py is not followed). */
    private static Optional<AppCode> app(Options group, CommandContext ctx) {
        Optional<Arg> named = group.last("--app", "-A").flatMap(Options.Opt::value)
                .or(() -> ctx.env("FLASK_APP")
                        .flatMap(e -> e.origin().flatMap(o -> e.value().map(v -> Arg.of(v, o)))));
        return named.flatMap(a -> AppModules.find(a, ctx));
    }

    private static Optional<Debug> debug(Options group, Options run, CommandContext ctx) {
        Optional<Options.Opt> flag = run.last("--debug", "--no-debug").or(() -> group.last("--debug", "--no-debug"));
        if (flag.isPresent()) {
            return flag.get().name().equals("--debug")
                    ? Optional.of(new Debug("--debug", flag.get().word().origin())) : Optional.empty();
        }
        Optional<Options.Opt> debugger = run.last("--debugger");
        if (debugger.isPresent()) {
            return Optional.of(new Debug("--debugger", debugger.get().word().origin()));
        }
        return fromEnvironment(ctx);
    }

    /**
     * Debug mode from {@code FLASK_DEBUG} (truthy unless 0/false/no). {@code FLASK_ENV} is not read: Flask 2.3
     * removed it, so on current Flask it turns nothing on.
     */
    static Optional<Debug> fromEnvironment(CommandContext ctx) {
        Optional<EnvVar> debug = ctx.env("FLASK_DEBUG");
        return debug.flatMap(d -> d.value().filter(FlaskCli::truthy)
                .flatMap(v -> d.origin().map(o -> new Debug("FLASK_DEBUG=" + v, o))));
    }

    private static boolean truthy(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        return !s.isEmpty() && !s.equals("0") && !s.equals("false") && !s.equals("no");
    }
}
