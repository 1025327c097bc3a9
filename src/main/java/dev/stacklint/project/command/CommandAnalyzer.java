package dev.stacklint.project.command;

import dev.stacklint.dockerfile.shell.Shells;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the long-running programs a container command starts. It sees through the wrappers people put in front
 * of them ({@code sh -c}, {@code exec}, {@code env}, {@code VAR=x}, {@code python -m}, {@code uv run},
 * {@code poetry run}, {@code tini --}, {@code gosu user}, {@code wait-for-it ... --}, entrypoint scripts that
 * {@code exec "$@"}) and hands each server to its model ({@link FlaskCli}, {@link Gunicorn}, {@link Uwsgi},
 * {@link AsgiServers}, {@link Waitress}, {@link PythonScripts}).
 */
public final class CommandAnalyzer {
    private static final int MAX_DEPTH = 8;
    private static final Pattern PYTHON = Pattern.compile("(python|pypy)(\\d+(\\.\\d+)?)?");
    private static final Set<String> PASS_THROUGH = Set.of("exec", "nohup", "time", "ddtrace-run", "stdbuf");
    /** Commands that finish (or only wait) and so start no server. */
    private static final Set<String> ONE_SHOT = Set.of(
            "echo", "printf", "cd", "sleep", "set", "true", "false", "test", "[", "[[", "mkdir", "rm", "cp", "mv",
            "chown", "chmod", "chgrp", "ln", "cat", "touch", "sed", "awk", "envsubst", "wait", "trap", "source", ".",
            "unset", "ulimit", "umask", "exit", "return", "shift", "read", "ls", "id", "whoami", "date", "printenv",
            "pip", "pip3", "alembic", "pg_isready", "nc", "curl", "wget", "psql", "mysql", "mysqladmin", "for",
            "case", "local", "declare", "readonly", "tee", "find", "grep", "tail", "head", "update-ca-certificates");
    private static final Set<String> UV_VALUED = Set.of("--with", "--with-editable", "--with-requirements",
            "--python", "-p", "--env-file", "--directory", "--project", "--package", "--extra", "--group",
            "--only-group", "--no-group", "--index", "--default-index", "--index-url", "--extra-index-url",
            "--find-links", "-f", "--config-file", "--cache-dir", "--color");
    private static final Set<String> TINI_VALUED = Set.of("-p", "-e", "-r", "--rewrite");
    /** Options of the user-switching wrappers that take a value. */
    private static final Set<String> USER_VALUED = Set.of("-u", "-U", "-g", "-G", "--user", "--group", "--reuid",
            "--regid", "--groups", "--userspec", "--ruid", "--rgid", "--euid", "--egid", "--inh-caps",
            "--bounding-set", "--securebits", "--selinux-label", "--apparmor-profile");

    private final List<Launch> launches = new ArrayList<>();
    private final List<Wait> waits = new ArrayList<>();
    private Optional<Origin> privilegeDrop = Optional.empty();
    private final Set<String> seenScripts = new HashSet<>();

    private CommandAnalyzer() {
    }

    /** An exec-form command: the program and its arguments. */
    public static CommandModel analyze(List<Arg> argv, CommandContext ctx) {
        CommandAnalyzer a = new CommandAnalyzer();
        a.command(argv, ctx, 0, true);
        return a.model();
    }

    /** A shell-form command, as Docker runs it: {@code /bin/sh -c TEXT}. */
    public static CommandModel analyzeShell(Arg text, CommandContext ctx) {
        CommandAnalyzer a = new CommandAnalyzer();
        a.script(text, List.of(), ctx, 0);
        return a.model();
    }

    private CommandModel model() {
        return new CommandModel(launches, waits, privilegeDrop);
    }

    /** Records that the program runs as another user (the first such switch is where it happens). */
    void dropsPrivileges(Origin where) {
        if (privilegeDrop.isEmpty()) {
            privilegeDrop = Optional.of(where);
        }
    }

    /**
     * Runs a shell script: {@code text} is its source (a {@code -c} string, a shell-form CMD or a script file),
     * {@code positional} what {@code $@} expands to.
     */
    void script(Arg text, List<Arg> positional, CommandContext ctx, int depth) {
        if (depth > MAX_DEPTH) {
            launches.add(Launch.unknown(text.origin()));
            return;
        }
        waits.addAll(Waits.devTcp(text));
        ShellInterpreter.run(text, positional, ctx, (argv, scope, foreground, conditional) -> {
            int launched = launches.size();
            command(argv, scope, depth + 1, foreground);
            for (int i = launched; conditional && i < launches.size(); i++) {
                launches.set(i, launches.get(i).asConditional());
            }
        });
    }

    /**
     * Classifies one simple command and records the server it starts.
     *
     * @param foreground the command is the last of its script or runs in the background, so an unrecognised
     *                   program may be a server; otherwise it is expected to finish before the next command
     */
    void command(List<Arg> argv, CommandContext ctx, int depth, boolean foreground) {
        if (argv.isEmpty()) {
            return;
        }
        if (depth > MAX_DEPTH) {
            launches.add(Launch.unknown(argv.get(0).origin()));
            return;
        }
        Arg program = argv.get(0);
        List<Arg> rest = argv.subList(1, argv.size());
        String name = program.baseName();
        if (program.dynamic()) {
            unrecognised(program, foreground);
            return;
        }
        waits.addAll(Waits.of(program, rest));
        // a switch that wraps the program the container keeps running: the last command, or one the shell execs
        // (`su app -c 'manage.py migrate'` in the middle of a script is a helper run as another user)
        if (foreground) {
            PrivilegeDrops.of(program, rest).ifPresent(user -> dropsPrivileges(span(program, List.of(user))));
        } else if (name.equals("exec") && !rest.isEmpty()) {
            PrivilegeDrops.of(rest.get(0), rest.subList(1, rest.size()))
                    .ifPresent(user -> dropsPrivileges(span(rest.get(0), List.of(user))));
        }
        if (PASS_THROUGH.contains(name)) {
            command(rest, ctx, depth + 1, foreground);
            return;
        }
        int before = launches.size();
        switch (name) {
            case "env", "cross-env" -> env(rest, ctx, depth, foreground);
            case "npx", "pnpx", "bunx" -> command(afterOptions(rest, Set.of("-p", "--package")), ctx, depth + 1,
                    foreground);
            case "nice" -> command(afterOptions(rest, Set.of("-n", "--adjustment")), ctx, depth + 1, foreground);
            case "tini", "tini-static", "dumb-init", "catatonit" ->
                    command(afterOptions(rest, TINI_VALUED), ctx, depth + 1, foreground);
            case "gosu", "su-exec", "s6-setuidgid" -> command(rest.isEmpty() ? rest : rest.subList(1, rest.size()), ctx,
                    depth + 1, foreground);
            case "setpriv", "runuser", "chpst", "s6-applyuidgid" ->
                    command(afterOptions(rest, USER_VALUED), ctx, depth + 1, foreground);
            case "chroot" -> {
                List<Arg> after = afterOptions(rest, USER_VALUED);
                command(after.isEmpty() ? after : after.subList(1, after.size()), ctx, depth + 1, foreground);
            }
            case "opentelemetry-instrument", "dockerize" -> command(afterValuedOptions(rest), ctx, depth + 1,
                    foreground);
            case "newrelic-admin" -> {
                if (!rest.isEmpty() && rest.get(0).value().equals("run-program")) {
                    command(rest.subList(1, rest.size()), ctx, depth + 1, foreground);
                }
            }
            case "uv", "poetry", "pipenv", "pdm", "hatch", "rye" -> runner(name, rest, ctx, depth, foreground);
            case "flask" -> add(FlaskCli.launch(program, rest, ctx));
            case "gunicorn" -> add(Gunicorn.launch(program, rest, ctx));
            case "uwsgi" -> {
                add(Uwsgi.launch(program, rest, ctx));
                Uwsgi.privilegeDrop(program, rest, ctx).ifPresent(this::dropsPrivileges);
            }
            case "uvicorn" -> add(AsgiServers.uvicorn(program, rest, ctx));
            case "hypercorn" -> add(AsgiServers.hypercorn(program, rest, ctx));
            case "daphne" -> add(AsgiServers.daphne(program, rest, ctx));
            case "fastapi" -> add(AsgiServers.fastapi(program, rest, ctx));
            case "waitress-serve" -> add(Waitress.launch(program, rest, ctx));
            case "django-admin" -> add(PythonScripts.djangoRunserver(program, rest));
            case "nginx", "nginx-debug" -> {
                if (rest.stream().noneMatch(a -> a.value().matches("-[tTvVs?h].*"))) {
                    launches.add(simple(Server.NGINX, argv));
                }
            }
            case "httpd", "apache2", "apachectl", "apache2ctl", "httpd-foreground", "apache2-foreground" ->
                    launches.add(simple(Server.APACHE, argv));
            case "supervisord" -> launches.add(simple(Server.SUPERVISOR, argv).managing(Supervision.supervisord(rest, ctx)));
            case "runsvdir" -> launches.add(simple(Server.RUNIT, argv).managing(Supervision.runit(rest, ctx)));
            case "s6-svscan" -> launches.add(simple(Server.S6, argv).managing(Supervision.s6Scan(rest, ctx)));
            case "service" -> service(argv, foreground);
            case "npm", "yarn", "pnpm", "bun" -> packageScript(program, rest, ctx, foreground);
            default -> other(program, name, rest, ctx, depth, foreground);
        }
        DevServers.match(name, rest.stream().map(Arg::value).toList()).ifPresent(d -> devServer(before, d, argv, foreground));
    }

    /**
     * Marks what {@code argv} launched as the development server {@code d}: the launches its own model made
     * (gunicorn's, uvicorn's), or one for the whole command line when it is not otherwise known (and not expected
     * to finish first, as {@code go run ./cmd/migrate && ./server} does).
     */
    private void devServer(int before, DevServer d, List<Arg> argv, boolean foreground) {
        if (launches.size() == before && foreground) {
            launches.add(Launch.unknown(span(argv)).as(d));
        }
        for (int i = before; i < launches.size(); i++) {
            Launch l = launches.get(i);
            launches.set(i, l.server() == Server.UNKNOWN ? Launch.unknown(span(argv)).as(d) : l.as(d));
        }
    }

    /** {@code npm run dev}: what the package.json script runs, when it is a development server. */
    private void packageScript(Arg program, List<Arg> rest, CommandContext ctx, boolean foreground) {
        PackageScripts.devServer(program.baseName(), rest, ctx).ifPresentOrElse(
                run -> launches.add(Launch.unknown(span(program, rest)).as(run.server()).through(new Launch.Script(
                        program.baseName() + " " + String.join(" ", rest.stream().map(Arg::value).toList()),
                        run.command()))),
                () -> unrecognised(program, foreground));
    }

    private void other(Arg program, String name, List<Arg> rest, CommandContext ctx, int depth, boolean foreground) {
        Optional<List<String>> overlay = program.value().equals("/init") ? Supervision.s6Overlay(ctx) : Optional.empty();
        if (overlay.isPresent() && overlay.get().size() > 1) {
            // s6-overlay's /init, known by the services the image copies for it
            List<Arg> all = new ArrayList<>(List.of(program));
            all.addAll(rest);
            launches.add(simple(Server.S6, all).managing(overlay));
        } else if (Shells.is(name)) {
            shell(program, rest, ctx, depth, foreground);
        } else if (PYTHON.matcher(name).matches()) {
            PythonScripts.python(program, rest, ctx, this, foreground);
        } else if (name.startsWith("wait-for")) {
            int dashes = indexOf(rest, "--");
            if (dashes >= 0) {
                command(rest.subList(dashes + 1, rest.size()), ctx, depth + 1, foreground);
            }
        } else if (ONE_SHOT.contains(name)) {
            return;
        } else if (program.value().contains("/") || name.endsWith(".sh") || name.endsWith(".py")) {
            scriptFile(program, rest, ctx, depth, foreground);
        } else {
            unrecognised(program, foreground);
        }
    }

    /** {@code service nginx start}, {@code /etc/init.d/nginx start}. */
    private void service(List<Arg> argv, boolean foreground) {
        if (argv.size() < 3 || !argv.get(2).value().matches("start|restart")) {
            return;
        }
        String daemon = argv.get(1).baseName();
        if (daemon.startsWith("nginx")) {
            launches.add(simple(Server.NGINX, argv));
        } else if (daemon.startsWith("apache") || daemon.equals("httpd")) {
            launches.add(simple(Server.APACHE, argv));
        } else if (daemon.startsWith("supervisor")) {
            launches.add(simple(Server.SUPERVISOR, argv));
        } else if (foreground) {
            launches.add(Launch.unknown(span(argv)));
        }
    }

    void unrecognised(Arg program, boolean foreground) {
        if (foreground) {
            launches.add(Launch.unknown(program.origin()));
        }
    }

    private void env(List<Arg> rest, CommandContext ctx, int depth, boolean foreground) {
        Map<String, EnvVar> overlay = new LinkedHashMap<>();
        int k = 0;
        while (k < rest.size()) {
            String v = rest.get(k).value();
            if (v.equals("-u") || v.equals("--unset")) {
                k += 2;
            } else if (v.startsWith("-")) {
                k++;
            } else if (ShellInterpreter.ASSIGNMENT.matcher(v).matches()) {
                Arg a = rest.get(k);
                String var = v.substring(0, v.indexOf('='));
                overlay.put(var, a.dynamic() ? new EnvVar(var, Optional.empty(), Optional.of(a.origin()))
                        : EnvVar.known(var, v.substring(var.length() + 1), a.origin()));
                k++;
            } else {
                break;
            }
        }
        command(rest.subList(Math.min(k, rest.size()), rest.size()), ctx.with(overlay), depth + 1, foreground);
    }

    /** {@code sh -c 'script' [$0 args...]}, {@code bash -ec '...'}, or {@code sh script.sh args}. */
    private void shell(Arg program, List<Arg> rest, CommandContext ctx, int depth, boolean foreground) {
        Optional<Shells.Invocation> call = Shells.invocation(rest.stream().map(Arg::value).toList());
        if (call.isEmpty()) {
            unrecognised(program, foreground);
            return;
        }
        int k = call.get().operand();
        if (call.get().command()) {
            List<Arg> positional = rest.size() > k + 2 ? rest.subList(k + 2, rest.size()) : List.of();
            script(rest.get(k), positional, ctx, depth + 1);
        } else {
            scriptFile(rest.get(k), rest.subList(k + 1, rest.size()), ctx, depth, foreground);
        }
    }

    /** {@code uv run ...}, {@code poetry run ...}: the program after the runner's own options. */
    private void runner(String name, List<Arg> rest, CommandContext ctx, int depth, boolean foreground) {
        if (rest.isEmpty() || !rest.get(0).value().equals("run")) {
            if (!rest.isEmpty() && name.equals("uv") && rest.get(0).value().equals("tool") && rest.size() > 1
                    && rest.get(1).value().equals("run")) {
                command(afterOptions(rest.subList(2, rest.size()), UV_VALUED), ctx, depth + 1, foreground);
            }
            return;
        }
        Options o = Options.parse(rest.subList(1, rest.size()), UV_VALUED, true);
        List<Arg> program = o.positionals();
        if (program.isEmpty()) {
            return;
        }
        boolean module = !o.all("-m", "--module").isEmpty();
        String first = program.get(0).value();
        if (module || (name.equals("uv") && first.endsWith(".py"))) {
            // `uv run -m flask run`, `uv run app.py`: Python runs it
            PythonScripts.python(program.get(0), module ? prepend("-m", program) : program, ctx, this, foreground);
        } else {
            command(program, ctx, depth + 1, foreground);
        }
    }

    private static List<Arg> prepend(String flag, List<Arg> args) {
        List<Arg> out = new ArrayList<>();
        out.add(Arg.of(flag, args.get(0).locate(0, 0)));
        out.addAll(args);
        return out;
    }

    /** A script named by path: read it if the build context has it, and follow what it runs. */
    void scriptFile(Arg path, List<Arg> args, CommandContext ctx, int depth, boolean foreground) {
        if (path.dynamic()) {
            unrecognised(path, foreground);
            return;
        }
        FileLookup found = ctx.file(path.value());
        if (!(found instanceof FileLookup.Found f)) {
            unrecognised(path, foreground);
            return;
        }
        SourceFile file = f.file();
        String firstLine = file.line(1);
        boolean python = path.value().endsWith(".py") || (firstLine.startsWith("#!") && firstLine.contains("python"));
        if (python) {
            PythonScripts.script(path, file, args, ctx, this, foreground, path.origin());
            return;
        }
        if (!seenScripts.add(file.path().toString())) {
            return;
        }
        Arg text = Arg.of(file.text(), new Origin(file, new Span(0, file.text().length())));
        script(text, args, ctx, depth + 1);
        seenScripts.remove(file.path().toString());
    }

    void add(Optional<Launch> launch) {
        launch.ifPresent(launches::add);
    }

    /** A launch of a program whose addresses the linter does not model. */
    private static Launch simple(Server server, List<Arg> argv) {
        return new Launch(server, span(argv), List.of(), false, Optional.empty(), false);
    }

    /** The span of a program word and its arguments (in the program's file). */
    static Origin span(Arg program, List<Arg> args) {
        List<Arg> words = new ArrayList<>();
        words.add(program);
        words.addAll(args);
        return span(words);
    }

    /** The words' span in the file of the first word. */
    static Origin span(List<Arg> words) {
        Origin o = words.get(0).origin();
        for (Arg w : words.subList(1, words.size())) {
            o = o.to(w.origin());
        }
        return o;
    }

    private static int indexOf(List<Arg> args, String value) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    /** The program after a wrapper's options (and an optional {@code --}). */
    private static List<Arg> afterOptions(List<Arg> args, Set<String> valued) {
        return Options.parse(args, valued, true).positionals();
    }

    /** The program after options that all take a value ({@code --name value} pairs). */
    private static List<Arg> afterValuedOptions(List<Arg> args) {
        int k = 0;
        while (k < args.size() && args.get(k).value().startsWith("-")) {
            k += args.get(k).value().contains("=") ? 1 : 2;
        }
        return args.subList(Math.min(k, args.size()), args.size());
    }
}
