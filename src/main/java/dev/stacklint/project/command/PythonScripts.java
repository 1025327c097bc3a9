package dev.stacklint.project.command;

import dev.stacklint.project.python.AppCode;
import dev.stacklint.project.python.PyValue;
import dev.stacklint.project.python.PythonEntry;
import dev.stacklint.project.python.PythonScanner;
import dev.stacklint.project.python.ServerCall;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code python [options] (-m MODULE | SCRIPT) args}: server modules run with {@code -m}, Django's
 * {@code manage.py runserver}, and scripts that start a server themselves ({@code app.run(...)} and friends,
 * found by {@link PythonScanner}).
 */
final class PythonScripts {
    private static final Set<String> ONE_SHOT_MODULES = Set.of("pip", "alembic", "pytest", "unittest", "compileall",
            "venv", "ensurepip", "py_compile", "celery");

    private PythonScripts() {
    }

    static void python(Arg interpreter, List<Arg> args, CommandContext ctx, CommandAnalyzer a, boolean foreground) {
        int k = 0;
        while (k < args.size()) {
            Arg arg = args.get(k);
            String v = arg.value();
            if (v.equals("--")) {
                k++;
                break;
            }
            if (!v.startsWith("-") || v.equals("-")) {
                break;
            }
            if (v.startsWith("--")) {
                k++;
                continue;
            }
            for (int c = 1; c < v.length(); c++) {
                char o = v.charAt(c);
                if (o == 'c') {
                    return;
                }
                if (o == 'm') {
                    Arg module = c + 1 < v.length() ? arg.sub(c + 1, v.length())
                            : k + 1 < args.size() ? args.get(k + 1) : null;
                    int next = c + 1 < v.length() ? k + 1 : k + 2;
                    if (module != null) {
                        module(interpreter, module, args.subList(Math.min(next, args.size()), args.size()), ctx,
                                a, foreground);
                    }
                    return;
                }
                if (o == 'X' || o == 'W') {
                    k += c + 1 < v.length() ? 0 : 1;
                    break;
                }
            }
            k++;
        }
        if (k >= args.size() || args.get(k).value().equals("-")) {
            a.unrecognised(interpreter, foreground);
            return;
        }
        Arg script = args.get(k);
        List<Arg> scriptArgs = args.subList(k + 1, args.size());
        if (script.baseName().equals("manage.py")) {
            Optional<Launch> runserver = djangoRunserver(script, scriptArgs);
            if (runserver.isPresent() || !foreground) {
                a.add(runserver);
                return;
            }
        }
        if (!script.dynamic() && ctx.file(script.value()) instanceof FileLookup.Found f) {
            script(script, f.file(), scriptArgs, ctx, a, foreground, interpreter.origin());
        } else {
            a.unrecognised(script, foreground);
        }
    }

    private static void module(Arg interpreter, Arg module, List<Arg> rest, CommandContext ctx, CommandAnalyzer a,
                               boolean foreground) {
        Optional<Launch> server = switch (module.value()) {
            case "flask" -> FlaskCli.launch(module, rest, ctx);
            case "gunicorn" -> Gunicorn.launch(module, rest, ctx);
            case "uvicorn" -> AsgiServers.uvicorn(module, rest, ctx);
            case "hypercorn" -> AsgiServers.hypercorn(module, rest, ctx);
            case "daphne" -> AsgiServers.daphne(module, rest, ctx);
            case "waitress" -> Waitress.launch(module, rest, ctx);
            case "django" -> djangoRunserver(module, rest);
            default -> null;
        };
        if (server != null) {
            a.add(server.map(l -> l.startingAt(interpreter.origin())));
            return;
        }
        if (ONE_SHOT_MODULES.contains(module.value())) {
            return;
        }
        String path = module.value().replace('.', '/');
        for (String candidate : List.of(path + ".py", path + "/__main__.py")) {
            if (ctx.file(candidate) instanceof FileLookup.Found f) {
                script(module, f.file(), rest, ctx, a, foreground, interpreter.origin());
                return;
            }
        }
        a.unrecognised(module, foreground);
    }

    /** A Python file the command runs, which may start a server. */
    static void script(Arg path, SourceFile file, List<Arg> args, CommandContext ctx, CommandAnalyzer a,
                       boolean foreground, Origin start) {
        PythonScanner.ModuleResolver imports = resolver(path.value(), ctx);
        PythonEntry entry = PythonScanner.scan(file, imports);
        if (entry.flaskGroup()) {
            // a FlaskGroup CLI: `python manage.py run` is `flask run`; its other commands end (`db upgrade`)
            Optional<Launch> run = FlaskCli.launch(path, args, ctx);
            if (run.isPresent() || !args.isEmpty()) {
                a.add(run.map(l -> l.startingAt(start)));
                return;
            }
        }
        if (entry.calls().isEmpty()) {
            a.unrecognised(path, foreground);
            return;
        }
        Origin where = CommandAnalyzer.span(path, args);
        List<Listen> listens = new ArrayList<>();
        Optional<Debug> debug = Optional.empty();
        Server server = Server.UNKNOWN;
        for (ServerCall call : entry.calls()) {
            server = switch (call.library()) {
                case FLASK -> Server.FLASK_SCRIPT;
                case SOCKETIO -> socketio(call, entry, path.value(), ctx);
                case UVICORN -> Server.UVICORN;
                case WAITRESS -> Server.WAITRESS;
            };
            listens.addAll(listens(call));
            if (debug.isEmpty() && (call.library() == ServerCall.Library.FLASK
                    || call.library() == ServerCall.Library.SOCKETIO)) {
                debug = debug(call, entry, ctx);
            }
        }
        a.add(Optional.of(Launch.of(server, where, listens, debug).startingAt(start)
                .serving(Optional.of(new AppCode(file, imports)))));
    }

    /**
     * Which server {@code socketio.run(app)} starts. Flask-SocketIO serves with eventlet or gevent when one is
     * installed ({@code async_mode} chooses) and falls back to Werkzeug, which it refuses to run without a terminal
     * unless {@code allow_unsafe_werkzeug=True}: that argument (or {@code async_mode="threading"}) is Werkzeug;
     * anything else is taken for eventlet/gevent. eventlet or gevent imported, or named in a requirements file
     * beside the script, is chosen over Werkzeug even then.
     */
    private static Server socketio(ServerCall call, PythonEntry entry, String scriptPath, CommandContext ctx) {
        Optional<String> mode = call.asyncMode().string();
        if (mode.filter("threading"::equals).isPresent()) {
            return Server.SOCKETIO_WERKZEUG;
        }
        boolean async = mode.filter(m -> m.startsWith("eventlet") || m.startsWith("gevent")).isPresent()
                || (mode.isEmpty() && (entry.asyncServer() || installsAsyncServer(scriptPath, ctx)));
        return call.arg("allow_unsafe_werkzeug").isTrue() && !async ? Server.SOCKETIO_WERKZEUG : Server.SOCKETIO;
    }

    private static final java.util.regex.Pattern ASYNC_REQUIREMENT =
            java.util.regex.Pattern.compile("(?im)^\\s*[\"']?(eventlet|gevent)\\b");

    /** A dependency file beside the script (or in the working directory) names eventlet or gevent. */
    private static boolean installsAsyncServer(String scriptPath, CommandContext ctx) {
        String dir = scriptPath.contains("/") ? scriptPath.substring(0, scriptPath.lastIndexOf('/') + 1) : "";
        for (String name : List.of("requirements.txt", "pyproject.toml", "Pipfile")) {
            for (String candidate : dir.isEmpty() ? List.of(name) : List.of(dir + name, name)) {
                if (ctx.file(candidate) instanceof FileLookup.Found f && ASYNC_REQUIREMENT.matcher(f.file().text())
                        .find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Listen> listens(ServerCall call) {
        Origin at = new Origin(call.file(), call.span());
        return switch (call.library()) {
            case FLASK, SOCKETIO -> List.of(listen(call, at, "127.0.0.1", 5000));
            case UVICORN -> List.of(listen(call, at, "127.0.0.1", 8000));
            case WAITRESS -> waitress(call, at);
        };
    }

    private static Listen listen(ServerCall call, Origin at, String defaultHost, int defaultPort) {
        PyValue host = call.arg("host");
        PyValue port = call.arg("port");
        Setting h = host.defaulted() ? Setting.byDefault(defaultHost, at)
                : new Setting(host.string(), new Origin(call.file(), host.span()), false);
        Setting p = port.defaulted() ? Setting.byDefault(String.valueOf(defaultPort), at)
                : new Setting(port.integer().isPresent() ? Optional.of(String.valueOf(port.integer().getAsInt()))
                : Optional.empty(), new Origin(call.file(), port.span()), false);
        return Setting.listen(h, p);
    }

    /** waitress {@code serve(app, listen="*:8080 [::]:8080")}, {@code host=}/{@code port=}, {@code unix_socket=}. */
    private static List<Listen> waitress(ServerCall call, Origin at) {
        PyValue listen = call.arg("listen");
        PyValue unix = call.arg("unix_socket");
        List<Listen> out = new ArrayList<>();
        if (!unix.defaulted()) {
            Origin o = new Origin(call.file(), unix.span());
            out.add(unix.string().map(s -> Listen.socket(s, o)).orElse(Listen.unknown(o)));
        }
        if (!listen.defaulted()) {
            Origin o = new Origin(call.file(), listen.span());
            if (listen.string().isEmpty()) {
                out.add(Listen.unknown(o));
            } else {
                for (String part : listen.string().get().trim().split("\\s+")) {
                    out.add(Addresses.hostPort(part, Optional.of(8080), new Setting(Optional.of(part), o, false)));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(listen(call, at, "0.0.0.0", 8080));
        }
        return out;
    }

    /**
     * Debug mode of {@code app.run()}: its {@code debug=} argument wins; without one, {@code FLASK_DEBUG} in the
     * environment, then {@code app.debug = True} or {@code app.config["DEBUG"] = True} in the code.
     */
    private static Optional<Debug> debug(ServerCall call, PythonEntry entry, CommandContext ctx) {
        PyValue debug = call.arg("debug");
        if (debug.isTrue()) {
            return Optional.of(new Debug("debug=True", new Origin(call.file(), debug.argSpan())));
        }
        if (!debug.defaulted()) {
            return Optional.empty();
        }
        if (ctx.env("FLASK_DEBUG").isPresent()) {
            return FlaskCli.fromEnvironment(ctx);
        }
        return entry.debugOn().stream().findFirst().map(s -> new Debug("debug mode set in code",
                new Origin(entry.file(), s)));
    }

    /** {@code manage.py runserver [ADDR:]PORT} / {@code django-admin runserver}: Django's development server. */
    static Optional<Launch> djangoRunserver(Arg program, List<Arg> args) {
        Options o = Options.parse(args, Set.of("--settings", "--pythonpath", "--verbosity", "-v"), false);
        List<Arg> pos = o.positionals();
        if (pos.isEmpty() || !pos.get(0).value().equals("runserver")) {
            return Optional.empty();
        }
        Origin where = CommandAnalyzer.span(program, args);
        boolean v6 = !o.all("-6", "--ipv6").isEmpty();
        String defaultHost = v6 ? "::1" : "127.0.0.1";
        if (pos.size() < 2) {
            return Optional.of(Launch.of(Server.DJANGO_RUNSERVER, where,
                    List.of(Listen.tcp(defaultHost, 8000, true, where)), Optional.empty()));
        }
        Setting addr = Setting.of(pos.get(1));
        Listen l = addr.value().map(v -> v.matches("\\d+") ? Setting.listen(Setting.byDefault(defaultHost, where), addr)
                        : Addresses.hostPort(v.startsWith("0:") ? "0.0.0.0" + v.substring(1) : v, Optional.of(8000), addr))
                .orElse(Listen.unknown(addr.origin()));
        return Optional.of(Launch.of(Server.DJANGO_RUNSERVER, where, List.of(l), Optional.empty()));
    }

    /** Finds {@code from app import x}'s module beside the script: {@code app.py} or {@code app/__init__.py}. */
    static PythonScanner.ModuleResolver resolver(String scriptPath, CommandContext ctx) {
        String dir = scriptPath.contains("/") ? scriptPath.substring(0, scriptPath.lastIndexOf('/') + 1) : "";
        return module -> {
            String m = module.replaceFirst("^\\.+", "").replace('.', '/');
            if (m.isEmpty()) {
                return Optional.empty();
            }
            for (String candidate : List.of(dir + m + ".py", dir + m + "/__init__.py")) {
                if (ctx.file(candidate) instanceof FileLookup.Found f) {
                    return Optional.of(f.file());
                }
            }
            return Optional.empty();
        };
    }
}
