package dev.stacklint.project.command;

import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * uWSGI's sockets: {@code --http}, {@code --http-socket}, {@code --https}, {@code --socket}/{@code -s},
 * {@code --uwsgi-socket} from the command line, from {@code UWSGI_*} variables and from {@code .ini} files
 * ({@code --ini FILE[:section]}, or a lone {@code FILE.ini} argument). uWSGI binds every socket it is given.
 */
final class Uwsgi {
    private static final Set<String> SOCKET_OPTIONS = Set.of("http", "http-socket", "https", "socket", "uwsgi-socket",
            "http11-socket");
    /** The options that send uWSGI's log to a file (daemonize also detaches it). */
    private static final Set<String> LOG_OPTIONS = Set.of("logto", "logto2", "daemonize");
    private static final Set<String> VALUED = Set.of("--http", "--http-socket", "--https", "--socket", "-s",
            "--uwsgi-socket", "--http11-socket", "--ini", "--yaml", "-y", "--json", "-j", "--xml", "-x", "--module",
            "-w", "--wsgi-file", "--callable", "--processes", "-p", "--threads", "--chdir", "--uid", "--gid",
            "--plugin", "--plugins", "--static-map", "--harakiri", "--buffer-size", "-b", "--max-requests", "--home",
            "-H", "--virtualenv", "--pythonpath", "--env", "--logto", "--stats", "--mount", "--touch-reload",
            "--py-autoreload", "--listen", "-l", "--cheaper", "--workers", "--offload-threads", "--protocol", "--logto2",
            "--wsgi", "--file", "--master-fifo", "--pidfile", "--daemonize");

    private Uwsgi() {
    }

    static Optional<Launch> launch(Arg program, List<Arg> args, CommandContext ctx) {
        Origin where = CommandAnalyzer.span(program, args);
        Options o = Options.parse(args, VALUED, false);
        List<Listen> listens = new ArrayList<>();
        List<LogFile> logs = new ArrayList<>();
        boolean unknownConfig = false;
        for (Options.Opt opt : o.options()) {
            String name = opt.name().equals("-s") ? "socket" : opt.name().replaceFirst("^--", "");
            if (LOG_OPTIONS.contains(name)) {
                opt.value().ifPresent(v -> logs.add(LogFile.of(opt.name(), v)));
            } else if (SOCKET_OPTIONS.contains(name)) {
                listens.add(opt.value().map(v -> address(Setting.of(v)).speaking(protocol(name)))
                        .orElse(Listen.unknown(opt.word().origin())));
            } else if (name.equals("ini")) {
                unknownConfig |= !ini(opt.value(), ctx, listens, logs);
            } else if (Set.of("yaml", "y", "json", "j", "xml", "x").contains(name)) {
                unknownConfig = true;
            }
        }
        for (Arg p : o.positionals()) {
            if (p.value().endsWith(".ini")) {
                unknownConfig |= !ini(Optional.of(p), ctx, listens, logs);
            }
        }
        for (String option : SOCKET_OPTIONS) {
            Optional<EnvVar> env = ctx.env("UWSGI_" + option.toUpperCase().replace('-', '_'));
            env.ifPresent(e -> listens.add(address(Setting.of(e, where)).speaking(protocol(option))));
        }
        Optional<EnvVar> iniEnv = ctx.env("UWSGI_INI");
        if (iniEnv.isPresent()) {
            Optional<Arg> path = iniEnv.get().value().map(v -> new Arg(v, iniEnv.get().origin().orElse(where), false));
            unknownConfig |= !ini(path, ctx, listens, logs);
        }
        if (unknownConfig || listens.isEmpty()) {
            listens.add(Listen.unknown(where));
        }
        return Optional.of(Launch.of(Server.UWSGI, where, listens, Optional.empty()).logging(logs));
    }

    /**
     * Where uWSGI is told to switch to another user after binding ({@code --uid}, {@code UWSGI_UID}, or {@code uid}
     * in an ini file it reads), unless that user is root.
     */
    static Optional<Origin> privilegeDrop(Arg program, List<Arg> args, CommandContext ctx) {
        Options o = Options.parse(args, VALUED, false);
        Optional<Options.Opt> uid = o.last("--uid");
        if (uid.isPresent()) {
            return uid.get().value().filter(v -> !PrivilegeDrops.isRoot(v.value())).map(Arg::origin);
        }
        Optional<EnvVar> env = ctx.env("UWSGI_UID");
        if (env.isPresent()) {
            return env.get().value().filter(v -> PrivilegeDrops.isRoot(v)).isPresent() ? Optional.empty()
                    : Optional.of(env.get().origin().orElse(CommandAnalyzer.span(program, args)));
        }
        List<Arg> inis = new ArrayList<>();
        o.all("--ini").forEach(opt -> opt.value().ifPresent(inis::add));
        o.positionals().stream().filter(p -> p.value().endsWith(".ini")).forEach(inis::add);
        for (Arg ini : inis) {
            if (ini.dynamic()) {
                continue;
            }
            String spec = ini.value();
            String section = "uwsgi";
            int colon = spec.lastIndexOf(':');
            if (colon > 0 && !spec.substring(colon + 1).contains("/")) {
                section = spec.substring(colon + 1);
                spec = spec.substring(0, colon);
            }
            if (ctx.file(spec) instanceof FileLookup.Found f) {
                for (IniEntry e : IniEntry.read(f.file(), section)) {
                    if (e.key().equals("uid") && !PrivilegeDrops.isRoot(e.value())) {
                        return Optional.of(new Origin(f.file(), e.valueSpan()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** {@code socket} and {@code uwsgi-socket} speak uWSGI's binary protocol; the {@code http} ones speak HTTP. */
    private static Listen.Protocol protocol(String option) {
        return option.equals("socket") || option.equals("uwsgi-socket") ? Listen.Protocol.UWSGI : Listen.Protocol.HTTP;
    }

    /** A uWSGI socket value: {@code :5000}, {@code 0.0.0.0:5000}, {@code /tmp/app.sock}, {@code :443,cert,key}. */
    private static Listen address(Setting s) {
        if (s.value().isEmpty()) {
            return Listen.unknown(s.origin());
        }
        String v = s.value().get();
        int comma = v.indexOf(',');
        if (comma >= 0) {
            v = v.substring(0, comma);
        }
        if (v.startsWith("=") || v.contains("%(") || v.contains("$(") || v.contains("@(")) {
            return Listen.unknown(s.origin());
        }
        if (v.startsWith("@") || v.contains("/") || !v.contains(":")) {
            return Listen.socket(v, s.origin());
        }
        return Addresses.hostPort(v, Optional.empty(), s);
    }

    /** Adds the sockets and log files of an ini file; false when the file cannot be read. */
    private static boolean ini(Optional<Arg> value, CommandContext ctx, List<Listen> listens, List<LogFile> logs) {
        if (value.isEmpty() || value.get().dynamic()) {
            return false;
        }
        String spec = value.get().value();
        String section = "uwsgi";
        int colon = spec.lastIndexOf(':');
        if (colon > 0 && !spec.substring(colon + 1).contains("/")) {
            section = spec.substring(colon + 1);
            spec = spec.substring(0, colon);
        }
        if (!(ctx.file(spec) instanceof FileLookup.Found f)) {
            return false;
        }
        for (IniEntry e : IniEntry.read(f.file(), section)) {
            String key = e.key().replace('_', '-');
            if (LOG_OPTIONS.contains(key)) {
                logs.add(new LogFile(e.key(), Optional.of(e.value()), new Origin(f.file(), e.valueSpan())));
            } else if (SOCKET_OPTIONS.contains(key)) {
                listens.add(address(new Setting(Optional.of(e.value()), new Origin(f.file(), e.valueSpan()), false))
                        .speaking(protocol(key)));
            } else if (key.equals("ini") || key.equals("include") || key.startsWith("if-")) {
                return false;
            }
        }
        return true;
    }

    /** One {@code key = value} line of an ini section. */
    record IniEntry(String key, String value, Span valueSpan) {
        static List<IniEntry> read(SourceFile file, String section) {
            List<IniEntry> out = new ArrayList<>();
            String current = "";
            for (int line = 1; line <= file.lineCount(); line++) {
                String text = file.line(line);
                String t = text.strip();
                if (t.isEmpty() || t.startsWith(";") || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = t.substring(1, t.length() - 1).strip();
                    continue;
                }
                int eq = text.indexOf('=');
                if (!current.equals(section) || eq < 0) {
                    continue;
                }
                String raw = text.substring(eq + 1);
                String value = raw.strip();
                int start = file.lineStart(line) + eq + 1 + raw.indexOf(value);
                out.add(new IniEntry(text.substring(0, eq).strip(), value, new Span(start, start + value.length())));
            }
            return out;
        }
    }
}
