package dev.stacklint.project.health;

import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.Shells;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.project.command.Arg;
import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a health check's words: the programs it runs and the local address each requests. A word holding an
 * expansion ({@code $PORT}) is not read as an address.
 */
final class ProbeReader {
    private static final String HOST = "(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1\\])";
    /** A curl/wget operand: the scheme is optional for both. */
    private static final Pattern URL_WORD = Pattern.compile(
            "(?i)(?:(https?)://)?" + HOST + "(?::(\\d{1,5}))?(/[^?#]*)?(?:[?#].*)?");
    /** A URL inside Python code ({@code urllib.request.urlopen('http://localhost:8000/health')}). */
    private static final Pattern URL_IN_CODE = Pattern.compile(
            "(?i)(https?)://" + HOST + "(?::(\\d{1,5}))?(/[^'\"\\s?#)]*)?");
    private static final Pattern PYTHON = Pattern.compile("python(\\d+(\\.\\d+)?)?");

    private ProbeReader() {
    }

    /** A test run without a shell; {@code sh -c TEXT} is read as the shell text. */
    static List<ProbeCommand> exec(List<Arg> argv) {
        if (argv.size() >= 3 && Shells.is(argv.get(0).baseName()) && argv.get(1).value().equals("-c")) {
            return shell(argv.get(2));
        }
        return argv.isEmpty() ? List.of() : List.of(command(argv));
    }

    /** A test run by {@code /bin/sh -c}: each simple command of the script. */
    static List<ProbeCommand> shell(Arg text) {
        List<ProbeCommand> out = new ArrayList<>();
        for (SimpleCommand c : ShellParser.script(text.value())) {
            List<Arg> words = new ArrayList<>();
            for (ShellWord w : c.words()) {
                words.add(new Arg(w.value(), text.locate(w.span().start(), w.span().end()), !w.expandsNothing()));
            }
            if (!words.isEmpty()) {
                out.add(command(words));
            }
        }
        return out;
    }

    private static ProbeCommand command(List<Arg> words) {
        Arg program = words.get(0);
        List<Arg> args = words.subList(1, words.size());
        Optional<ProbeTarget> target = switch (program.baseName()) {
            case "curl", "wget" -> args.stream().filter(a -> !a.dynamic() && !a.value().startsWith("-"))
                    .map(ProbeReader::urlWord).flatMap(Optional::stream).findFirst();
            case "nc", "ncat", "netcat" -> tcp(args);
            default -> PYTHON.matcher(program.baseName()).matches() ? pythonCode(args) : Optional.empty();
        };
        return new ProbeCommand(program, target);
    }

    private static Optional<ProbeTarget> urlWord(Arg a) {
        Matcher m = URL_WORD.matcher(a.value());
        return m.matches() ? http(a, m) : Optional.empty();
    }

    /** {@code python -c CODE}: the first local URL in the code. */
    private static Optional<ProbeTarget> pythonCode(List<Arg> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).value().equals("-c") && !args.get(i + 1).dynamic()) {
                Matcher m = URL_IN_CODE.matcher(args.get(i + 1).value());
                return m.find() ? http(args.get(i + 1), m) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** http only: an https check of an app server is not something the linter can judge. */
    private static Optional<ProbeTarget> http(Arg word, Matcher m) {
        if (m.group(1) != null && !m.group(1).equalsIgnoreCase("http")) {
            return Optional.empty();
        }
        Origin all = word.locate(m.start(), m.end());
        Origin portAt = m.group(2) == null ? all : word.locate(m.start(2), m.end(2));
        int port = m.group(2) == null ? 80 : Integer.parseInt(m.group(2));
        String path = m.group(3) == null ? "/" : m.group(3);
        Origin pathAt = m.group(3) == null ? all : word.locate(m.start(3), m.end(3));
        return Optional.of(new ProbeTarget(port, portAt, Optional.of(path), pathAt));
    }

    /** {@code nc -z HOST PORT}: a TCP connect to a local port. */
    private static Optional<ProbeTarget> tcp(List<Arg> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            Arg host = args.get(i);
            Arg port = args.get(i + 1);
            if (!host.dynamic() && host.value().matches(HOST) && !port.dynamic() && port.value().matches("\\d{1,5}")) {
                return Optional.of(new ProbeTarget(Integer.parseInt(port.value()), port.origin(), Optional.empty(),
                        port.origin()));
            }
        }
        return Optional.empty();
    }
}
