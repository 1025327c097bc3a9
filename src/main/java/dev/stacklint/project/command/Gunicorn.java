package dev.stacklint.project.command;

import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.project.python.AppCode;
import dev.stacklint.project.python.PyValue;
import dev.stacklint.project.python.PythonEntry;
import dev.stacklint.project.python.PythonScanner;
import dev.stacklint.project.python.PythonSettings;
import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * gunicorn's listen addresses, with its precedence: {@code -b/--bind} on the command line (repeatable), then
 * {@code GUNICORN_CMD_ARGS}, then {@code bind} in the config file ({@code -c FILE}, or {@code ./gunicorn.conf.py}
 * when present), then the default: {@code 0.0.0.0:$PORT} when {@code PORT} is set, else 127.0.0.1:8000.
 */
final class Gunicorn {
    private static final String DEFAULT_CONFIG = "gunicorn.conf.py";
    private static final String FORWARDED = "--forwarded-allow-ips";
    private static final Set<String> VALUED = Set.of("-b", "--bind", "-w", "--workers", "-k", "--worker-class",
            "-t", "--timeout", "-c", "--config", "-e", "--env", "-n", "--name", "-p", "--pid", "-u", "--user", "-g",
            "--group", "-m", "--umask", "--chdir", "--threads", "--worker-connections", "--max-requests",
            "--max-requests-jitter", "--graceful-timeout", "--keep-alive", "--limit-request-line",
            "--limit-request-fields", "--limit-request-field_size", "--access-logfile", "--access-logformat",
            "--error-logfile", "--log-file", "--log-level", "--log-config", "--log-config-json", "--log-syslog-to",
            "--log-syslog-prefix", "--log-syslog-facility", "--statsd-host", "--statsd-prefix", "--dogstatsd-tags",
            "--pythonpath", "--paste", "--reload-engine", "--reload-extra-file", "--forwarded-allow-ips",
            "--proxy-allow-from", "--backlog", "--certfile", "--keyfile", "--ca-certs", "--ssl-version",
            "--cert-reqs", "--ciphers", "--worker-tmp-dir", "--logger-class", "--header-map");

    private Gunicorn() {
    }

    static Optional<Launch> launch(Arg program, List<Arg> args, CommandContext ctx) {
        Origin where = CommandAnalyzer.span(program, args);
        Options cli = Options.parse(args, VALUED, false);
        List<Listen> listens = Addresses.binds(cli.all("-b", "--bind"));
        Optional<EnvVar> cmdArgs = ctx.env("GUNICORN_CMD_ARGS");
        if (listens.isEmpty() && cmdArgs.isPresent() && cmdArgs.get().value().isEmpty()) {
            listens = List.of(Listen.unknown(where));
        }
        Optional<Options> envArgs = cmdArgs.filter(e -> e.value().isPresent()).map(e -> Options.parse(
                split(new Arg(e.value().get(), e.origin().orElse(where), false)), VALUED, false));
        if (listens.isEmpty() && envArgs.isPresent()) {
            listens = Addresses.binds(envArgs.get().all("-b", "--bind"));
        }
        if (listens.isEmpty()) {
            Optional<Options.Opt> config = cli.last("-c", "--config")
                    .or(() -> envArgs.flatMap(e -> e.last("-c", "--config")));
            listens = config.isPresent() ? configBinds(config.get(), ctx) : defaultConfigBinds(ctx, where);
        }
        if (listens.isEmpty()) {
            Optional<EnvVar> port = ctx.env("PORT");
            listens = List.of(port.isPresent()
                    ? Setting.listen(Setting.byDefault("0.0.0.0", where), Setting.of(port.get(), where))
                    : Listen.tcp("127.0.0.1", 8000, true, where));
        }
        Optional<AppCode> code = appModule(cli, ctx);
        Optional<PythonEntry> app = code.map(c -> PythonScanner.scan(c.entry(), c.resolver()));
        Optional<Debug> debug = app.filter(PythonEntry::flaskApp).flatMap(a -> FlaskCli.fromEnvironment(ctx));
        return Optional.of(Launch.of(Server.GUNICORN, where, listens, debug)
                .trusting(trust(cli, envArgs, ctx, app)).serving(code).logging(logFiles(cli, envArgs, ctx)));
    }

    /**
     * The app module gunicorn serves, the target's part before {@code :} ({@code app:create_app()} → {@code app.py}).
     * {@code FLASK_DEBUG} turns on the debug mode of a Flask app there: Flask reads it when the app is created.
     */
    private static Optional<AppCode> appModule(Options cli, CommandContext ctx) {
        return cli.positionals().isEmpty() ? Optional.empty()
                : AppModules.find(cli.positionals().get(0), ctx.with(envOptions(cli)));
    }

    /**
     * Trusted when {@code --forwarded-allow-ips} (command line, {@code GUNICORN_CMD_ARGS}, {@code FORWARDED_ALLOW_IPS}
     * or the config file), the Flask app's {@code ProxyFix} or Django's settings ({@link DjangoSettings}) say so;
     * untrusted only for a Flask app or Django settings the linter read whole; otherwise (an unread config) unknown.
     */
    private static ProxyTrust trust(Options cli, Optional<Options> envArgs, CommandContext ctx,
                                    Optional<PythonEntry> app) {
        if (cli.last(FORWARDED).isPresent() || envArgs.flatMap(e -> e.last(FORWARDED)).isPresent()
                || ctx.env("FORWARDED_ALLOW_IPS").isPresent() || app.map(PythonEntry::proxyFix).orElse(false)) {
            return ProxyTrust.TRUSTS;
        }
        Optional<ProxyTrust> django = app.map(PythonEntry::file).filter(DjangoSettings::isDjangoWsgi)
                .map(f -> DjangoSettings.trust(f, ctx.with(envOptions(cli))));
        if (django.isPresent() && django.get() != ProxyTrust.DJANGO_NONE) {
            return django.get();
        }
        Optional<Options.Opt> config = cli.last("-c", "--config").or(() -> envArgs.flatMap(e -> e.last("-c", "--config")));
        FileLookup file = config.isEmpty() ? ctx.file(DEFAULT_CONFIG)
                : config.get().value().filter(v -> !v.dynamic() && !v.value().startsWith("python:"))
                .map(v -> ctx.file(v.value().replaceFirst("^file:", ""))).orElse(FileLookup.UNKNOWN);
        if (file instanceof FileLookup.Unknown) {
            return ProxyTrust.UNKNOWN;
        }
        if (file instanceof FileLookup.Found f && PythonSettings.read(f.file()).containsKey("forwarded_allow_ips")) {
            return ProxyTrust.TRUSTS;
        }
        if (django.isPresent()) {
            return django.get();
        }
        return app.filter(PythonEntry::flaskApp).isPresent() ? ProxyTrust.NONE : ProxyTrust.UNKNOWN;
    }

    /**
     * Where gunicorn writes its access and error logs: the command line, then {@code GUNICORN_CMD_ARGS}, then
     * {@code accesslog}/{@code errorlog} in the config file.
     */
    private static List<LogFile> logFiles(Options cli, Optional<Options> envArgs, CommandContext ctx) {
        List<LogFile> out = new ArrayList<>();
        Optional<Options.Opt> configOption = cli.last("-c", "--config")
                .or(() -> envArgs.flatMap(e -> e.last("-c", "--config")));
        FileLookup config = configOption.isEmpty() ? ctx.file(DEFAULT_CONFIG)
                : configOption.get().value().filter(v -> !v.dynamic() && !v.value().startsWith("python:"))
                .map(v -> ctx.file(v.value().replaceFirst("^file:", ""))).orElse(FileLookup.UNKNOWN);
        for (List<String> kind : List.of(List.of("accesslog", "--access-logfile"),
                List.of("errorlog", "--error-logfile", "--log-file"))) {
            String[] names = kind.subList(1, kind.size()).toArray(String[]::new);
            Optional<Options.Opt> opt = cli.last(names).or(() -> envArgs.flatMap(e -> e.last(names)));
            if (opt.isPresent()) {
                opt.get().value().ifPresent(v -> out.add(LogFile.of(opt.get().name(), v)));
            } else if (config instanceof FileLookup.Found f) {
                List<PyValue> values = PythonSettings.read(f.file()).getOrDefault(kind.get(0), List.of());
                for (PyValue v : values) {
                    out.add(new LogFile(kind.get(0), v.string(), new Origin(f.file(), v.span())));
                }
            }
        }
        return out;
    }

    /** {@code -e NAME=VALUE}/{@code --env}: variables gunicorn sets for its workers (Django's settings module). */
    private static java.util.Map<String, EnvVar> envOptions(Options cli) {
        java.util.Map<String, EnvVar> out = new java.util.HashMap<>();
        for (Options.Opt o : cli.all("-e", "--env")) {
            o.value().filter(v -> !v.dynamic() && v.value().indexOf('=') > 0).ifPresent(v -> {
                String name = v.value().substring(0, v.value().indexOf('='));
                out.put(name, EnvVar.known(name, v.value().substring(name.length() + 1), v.origin()));
            });
        }
        return out;
    }

    /** The words of {@code GUNICORN_CMD_ARGS}, split as gunicorn splits them (shell-like). */
    private static List<Arg> split(Arg value) {
        List<Arg> out = new ArrayList<>();
        for (SimpleCommand c : ShellParser.script(value.value())) {
            List<ShellWord> words = new ArrayList<>(c.reserved());
            words.addAll(c.assignments());
            words.addAll(c.words());
            words.sort(Comparator.comparingInt(w -> w.span().start()));
            for (ShellWord w : words) {
                boolean literal = w.expandsNothing();
                out.add(new Arg(literal ? w.value() : "$", value.locate(w.span().start(), w.span().end()), !literal));
            }
        }
        return out;
    }

    private static List<Listen> configBinds(Options.Opt config, CommandContext ctx) {
        Origin at = config.value().map(Arg::origin).orElse(config.word().origin());
        if (config.value().isEmpty() || config.value().get().dynamic()
                || config.value().get().value().startsWith("python:")) {
            return List.of(Listen.unknown(at));
        }
        String path = config.value().get().value().replaceFirst("^file:", "");
        return switch (ctx.file(path)) {
            case FileLookup.Found f -> fromFile(f);
            case FileLookup.Absent a -> List.of();
            case FileLookup.Unknown u -> List.of(Listen.unknown(at));
        };
    }

    /** gunicorn reads {@code ./gunicorn.conf.py} when it exists and no {@code -c} is given. */
    private static List<Listen> defaultConfigBinds(CommandContext ctx, Origin where) {
        return switch (ctx.file(DEFAULT_CONFIG)) {
            case FileLookup.Found f -> fromFile(f);
            case FileLookup.Absent a -> List.of();
            case FileLookup.Unknown u -> List.of(Listen.unknown(where));
        };
    }

    private static List<Listen> fromFile(FileLookup.Found f) {
        List<PyValue> bind = PythonSettings.read(f.file()).get("bind");
        if (bind == null) {
            return List.of();
        }
        List<Listen> out = new ArrayList<>();
        for (PyValue v : bind) {
            Origin o = new Origin(f.file(), v.span());
            out.add(v.string().map(s -> Addresses.bind(new Setting(Optional.of(s), o, false), 8000))
                    .orElse(Listen.unknown(o)));
        }
        return out;
    }
}
