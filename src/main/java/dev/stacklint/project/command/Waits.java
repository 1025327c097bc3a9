package dev.stacklint.project.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the commands that wait for a service before the program starts: {@code wait-for-it}/{@code wait-for}
 * and scripts named like them, {@code dockerize -wait}, {@code nc -z}, {@code pg_isready}, {@code mysqladmin ping},
 * {@code redis-cli ping}, Python scripts and {@code manage.py} commands named for waiting or pinging
 * ({@code python ping.py}, {@code manage.py wait_for_db}), and bash's {@code </dev/tcp/HOST/PORT}.
 */
final class Waits {
    private static final Pattern DEV_TCP = Pattern.compile("/dev/tcp/([^/\\s\"';)]+)/");
    private static final Set<String> WAIT_TOKENS = Set.of("wait", "waitfor", "wait4", "waitforit");
    private static final Set<String> NETCAT = Set.of("nc", "ncat", "netcat");
    private static final Set<String> HOST_OPTIONS = Set.of("-h", "--host");
    private static final Set<String> PYTHON_VALUED = Set.of("-W", "-X");

    private Waits() {
    }

    /** The waits a simple command performs (several for {@code dockerize -wait a -wait b}). */
    static List<Wait> of(Arg program, List<Arg> rest) {
        String name = program.baseName();
        if (program.dynamic()) {
            return List.of();
        }
        if (NETCAT.contains(name)) {
            return netcat(program, rest);
        }
        return switch (name) {
            case "dockerize" -> dockerize(rest);
            case "pg_isready" -> List.of(hostOption(program, rest, Set.of("PostgreSQL")));
            case "mysqladmin", "mariadb-admin" -> pinged(program, rest, Set.of("MySQL", "MariaDB"));
            case "redis-cli", "valkey-cli" -> pinged(program, rest, Set.of("Redis", "Valkey"));
            default -> {
                if (isPython(name)) {
                    yield python(program, rest);
                }
                yield waitingName(name) ? List.of(script(program, rest)) : List.of();
            }
        };
    }

    /** The {@code /dev/tcp/HOST/PORT} redirections of a script (bash opens a TCP connection for them). */
    static List<Wait> devTcp(Arg text) {
        List<Wait> out = new ArrayList<>();
        Matcher m = DEV_TCP.matcher(text.value());
        while (m.find()) {
            String host = m.group(1);
            out.add(new Wait(host.contains("$") || text.dynamic() ? Optional.empty() : Optional.of(host), Set.of(),
                    text.locate(m.start(), m.end())));
        }
        return out;
    }

    /** A name that says it waits: {@code wait-for-it.sh}, {@code wait_for_db}, {@code db-wait}. */
    static boolean waitingName(String name) {
        if (name.equals("wait")) {
            return false; // the shell builtin waits for background jobs
        }
        List<String> tokens = tokens(name);
        return tokens.stream().anyMatch(WAIT_TOKENS::contains) || (tokens.size() > 1 && tokens.contains("ping"));
    }

    private static List<String> tokens(String name) {
        return Arrays.asList(name.toLowerCase(java.util.Locale.ROOT).split("[-_.]"));
    }

    private static boolean isPython(String name) {
        return name.matches("(python|pypy)(\\d+(\\.\\d+)?)?");
    }

    /** {@code python ping.py}, {@code python manage.py wait_for_db}. */
    private static List<Wait> python(Arg program, List<Arg> rest) {
        List<Arg> positionals = Options.parse(rest, PYTHON_VALUED, true).positionals();
        if (positionals.isEmpty() || rest.stream().anyMatch(a -> a.value().startsWith("-c") || a.value().startsWith("-m"))) {
            return List.of();
        }
        Arg script = positionals.get(0);
        if (waitingName(script.baseName())) {
            return List.of(new Wait(Optional.empty(), Set.of(), CommandAnalyzer.span(program, List.of(script))));
        }
        if (script.baseName().equals("manage.py") && positionals.size() > 1 && waitingName(positionals.get(1).value())) {
            return List.of(new Wait(Optional.empty(), Set.of(),
                    CommandAnalyzer.span(program, positionals.subList(0, 2))));
        }
        return List.of();
    }

    /** {@code nc -z HOST PORT} (a connect test; {@code nc -l} and plain {@code nc} do something else). */
    private static List<Wait> netcat(Arg program, List<Arg> rest) {
        boolean zero = rest.stream().map(Arg::value)
                .anyMatch(v -> v.matches("-[a-zA-Z]*z[a-zA-Z]*"));
        if (!zero) {
            return List.of();
        }
        List<Arg> operands = Options.parse(rest, Set.of("-w", "-i", "-s", "-p", "-q"), false).positionals();
        Optional<String> host = operands.isEmpty() ? Optional.empty() : literal(operands.get(0));
        Set<String> hint = operands.isEmpty() ? Set.of() : hint(operands.get(0));
        return List.of(new Wait(host, hint, CommandAnalyzer.span(program, rest)));
    }

    /** {@code dockerize -wait tcp://db:5432 -wait http://web/health ...}. */
    private static List<Wait> dockerize(List<Arg> rest) {
        List<Wait> out = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String v = rest.get(i).value();
            if ((v.equals("-wait") || v.equals("--wait")) && i + 1 < rest.size()) {
                out.add(new Wait(literal(rest.get(i + 1)).flatMap(Waits::hostOf), Set.of(), rest.get(i).origin()
                        .to(rest.get(i + 1).origin())));
            } else if (v.startsWith("-wait=") || v.startsWith("--wait=")) {
                Arg value = rest.get(i).sub(v.indexOf('=') + 1, v.length());
                out.add(new Wait(literal(value).flatMap(Waits::hostOf), Set.of(), rest.get(i).origin()));
            }
        }
        return out;
    }

    /** {@code mysqladmin ping}, {@code redis-cli -h cache ping}: a wait only with the {@code ping} command. */
    private static List<Wait> pinged(Arg program, List<Arg> rest, Set<String> products) {
        return rest.stream().anyMatch(a -> a.value().equals("ping")) ? List.of(hostOption(program, rest, products))
                : List.of();
    }

    private static Wait hostOption(Arg program, List<Arg> rest, Set<String> products) {
        Optional<Options.Opt> host = Options.parse(rest, Set.of("-h", "--host", "-p", "--port", "-U", "-u",
                "--username", "--user", "-d", "--dbname", "-t", "--timeout", "-a", "-n"), false).last("-h", "--host");
        Optional<String> value = host.flatMap(Options.Opt::value).flatMap(Waits::literal);
        return new Wait(value, products, CommandAnalyzer.span(program, rest));
    }

    /** {@code wait-for-it db:5432 -- cmd}, {@code wait-for-it -h db -p 5432}, {@code wait-for db:5432}. */
    private static Wait script(Arg program, List<Arg> rest) {
        List<Arg> before = new ArrayList<>();
        for (Arg a : rest) {
            if (a.value().equals("--")) {
                break;
            }
            before.add(a);
        }
        Options o = Options.parse(before, Set.of("-h", "--host", "-p", "--port", "-t", "--timeout"), false);
        Optional<String> host = o.last(HOST_OPTIONS.toArray(String[]::new)).flatMap(Options.Opt::value)
                .flatMap(Waits::literal);
        Optional<Arg> address = o.positionals().stream().filter(a -> a.value().contains(":")).findFirst();
        if (host.isEmpty()) {
            host = address.flatMap(Waits::literal).flatMap(Waits::hostOf);
        }
        Set<String> hint = host.isPresent() ? Set.of() : address.map(Waits::hint).orElse(Set.of());
        return new Wait(host, hint, CommandAnalyzer.span(program, before));
    }

    /**
     * The products a host written with variables points to, as their names say ({@code $POSTGRES_HOST},
     * {@code ${REDIS_HOST}}); empty when they say nothing.
     */
    private static Set<String> hint(Arg a) {
        String written = a.origin().file().slice(a.origin().span()).toUpperCase(java.util.Locale.ROOT);
        if (!written.contains("$")) {
            return Set.of();
        }
        if (written.matches("(?s).*\\$\\{?(POSTGRES|PG)[A-Z_]*.*")) {
            return Set.of("PostgreSQL");
        }
        if (written.matches("(?s).*\\$\\{?(MYSQL|MARIADB)[A-Z_]*.*")) {
            return Set.of("MySQL", "MariaDB");
        }
        if (written.matches("(?s).*\\$\\{?(REDIS|VALKEY)[A-Z_]*.*")) {
            return Set.of("Redis", "Valkey");
        }
        return Set.of();
    }

    private static Optional<String> literal(Arg a) {
        return a.dynamic() || a.value().contains("$") || a.value().isBlank() ? Optional.empty()
                : Optional.of(a.value());
    }

    /** The host of {@code tcp://db:5432}, {@code db:5432}, {@code http://db/health}. */
    private static Optional<String> hostOf(String address) {
        String s = address.replaceFirst("^[a-z]+://", "");
        int end = s.length();
        for (char c : new char[] {':', '/'}) {
            int at = s.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String host = s.substring(0, end);
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }
}
