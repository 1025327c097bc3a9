package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.Shells;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Interpolation;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SL132: a script fetched from the network is run as it arrives: {@code curl URL | sh}, {@code wget -O- URL | sudo
 * bash -}, {@code curl URL | python3 -}, {@code sh -c "$(curl URL)"}, {@code bash <(curl URL)}; or downloaded to a
 * file ({@code curl -o f URL}, {@code wget -O f URL}) that a later command of the same RUN runs with nothing in
 * between checking it (no {@code sha256sum}, {@code gpg --verify}, {@code cosign}...).
 */
public final class RemoteScriptToShell implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL132", "remote-script-piped-to-shell", Severity.INFO, "A script downloaded in a RUN is run without checking its checksum or signature"
            + " (curl ... | sh).").in(Category.SECURITY);

    private static final Pattern INTERPRETER = Pattern.compile("(python|perl|ruby|node|php)\\d*(\\.\\d+)?");
    private static final Pattern SCRIPT_FILE = Pattern.compile(".*\\.(sh|bash|py|pl|rb|js|php)");
    private static final Set<String> VERIFIERS = Set.of("sha256sum", "sha512sum", "sha384sum", "sha224sum",
            "sha1sum", "shasum", "md5sum", "b2sum", "cksum", "gpg", "gpg2", "gpgv", "cosign", "minisign", "signify",
            "rhash", "openssl");
    private static final String CURL_VALUES = "AbcCdDeEFHKmoPQrtTuUwxXyYz";
    private static final String WGET_VALUES = "OoaeUPtTwQYlADIRXB";
    private static final String FIX = "download it to a file, check its sha256sum (or signature) against a pinned "
            + "value, then run it; or install the tool from a package or a pinned release";

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Run run) {
                check(run.commands(), reporter);
            }
        }
    }

    private static void check(List<SimpleCommand> commands, Reporter reporter) {
        for (int k = 0; k < commands.size(); k++) {
            SimpleCommand c = commands.get(k);
            SimpleCommand next = k + 1 < commands.size() ? commands.get(k + 1) : null;
            Optional<String> program = c.program();
            if (next != null && c.piped() && toStdout(c) && readsScript(next)) {
                reporter.report(new Span(c.span().start(), next.span().end()), "`" + program.get() + " ... | "
                        + runner(next) + "` runs a script from the network as it arrives, unchecked: " + FIX);
            } else if (substituted(c)) {
                reporter.report(c.span(), "`" + program.get() + "` runs the output of a download, unchecked: " + FIX);
            } else if (next != null && processSubstitution(c, next)) {
                reporter.report(new Span(c.span().start(), next.span().end()), "`" + program.get()
                        + " <(...)` runs a script from the network as it arrives, unchecked: " + FIX);
            } else {
                int from = k;
                downloadedTo(c).ifPresent(file -> runLater(commands, from, file, reporter));
            }
        }
    }

    /** curl writing to stdout (no -o/-O), wget with {@code -O -}. */
    private static boolean toStdout(SimpleCommand c) {
        return switch (c.program().orElse("")) {
            case "curl" -> CommandOptions.shortOption(c, 'o', CURL_VALUES).isEmpty()
                    && CommandOptions.shortOption(c, 'O', CURL_VALUES).isEmpty()
                    && CommandOptions.longOption(c, Set.of("--output", "--remote-name", "--remote-name-all"))
                    .isEmpty()
                    || output(c).filter(o -> o.equals("-") || o.equals("/dev/stdout")).isPresent();
            case "wget" -> output(c).filter(o -> o.equals("-") || o.equals("/dev/stdout")).isPresent();
            default -> false;
        };
    }

    /** The file a curl or wget command writes to ({@code -o F}, {@code --output F}, {@code -O F}), if named. */
    private static Optional<String> output(SimpleCommand c) {
        return switch (c.program().orElse("")) {
            case "curl" -> CommandOptions.shortValue(c, 'o', CURL_VALUES)
                    .or(() -> CommandOptions.longValue(c, Set.of("--output")));
            case "wget" -> CommandOptions.shortValue(c, 'O', WGET_VALUES)
                    .or(() -> CommandOptions.longValue(c, Set.of("--output-document")));
            default -> Optional.empty();
        };
    }

    private static Optional<String> downloadedTo(SimpleCommand c) {
        return output(c).filter(f -> !f.equals("-") && !f.startsWith("/dev/") && Interpolation.literal(f));
    }

    /** The command past {@code sudo}/{@code env} wrappers reads its script from stdin. */
    private static boolean readsScript(SimpleCommand next) {
        List<ShellWord> words = unwrapped(next);
        if (words.isEmpty() || !isRunner(name(words.get(0)))) {
            return false;
        }
        String scriptOptions = scriptOptions(name(words.get(0)));
        for (ShellWord w : words.subList(1, words.size())) {
            String v = w.value();
            if (v.equals("-") || v.equals("--")) {
                return true;
            }
            if (v.startsWith("-") && !v.startsWith("--")) {
                if (v.chars().anyMatch(ch -> scriptOptions.indexOf(ch) >= 0)) {
                    return false;
                }
                if (v.indexOf('s') > 0) {
                    return true; // sh -s: read the script from stdin, the rest are its arguments
                }
            } else if (!v.startsWith("-")) {
                return false; // a script file
            }
        }
        return true;
    }

    /** The words after {@code sudo [options]} and {@code env [options] [NAME=value...]}. */
    private static List<ShellWord> unwrapped(SimpleCommand c) {
        List<ShellWord> words = c.words();
        int i = 0;
        while (i < words.size()) {
            String name = name(words.get(i));
            if (name.equals("sudo") || name.equals("env") || name.equals("exec")) {
                i++;
                while (i < words.size() && (words.get(i).value().startsWith("-") || words.get(i).isAssignment())) {
                    String v = words.get(i).value();
                    i += name.equals("sudo") && (v.equals("-u") || v.equals("-g")) ? 2 : 1;
                }
            } else {
                break;
            }
        }
        return words.subList(Math.min(i, words.size()), words.size());
    }

    private static String runner(SimpleCommand c) {
        List<ShellWord> words = unwrapped(c);
        return words.isEmpty() ? "sh" : name(words.get(0));
    }

    /** Options whose script is the next word, so stdin is no script: sh -c, python -c / -m, perl/ruby/node -e. */
    private static String scriptOptions(String runner) {
        return Shells.is(runner) ? "c" : runner.startsWith("python") ? "cm" : "e";
    }

    private static boolean isRunner(String program) {
        return Shells.is(program) || INTERPRETER.matcher(program).matches();
    }

    private static String name(ShellWord w) {
        String v = w.value();
        return v.substring(v.lastIndexOf('/') + 1);
    }

    /** {@code sh -c "$(curl URL)"}, {@code eval "$(wget -O- URL)"}. */
    private static boolean substituted(SimpleCommand c) {
        String program = c.program().orElse("");
        List<ShellWord> args = c.args();
        if (program.equals("eval")) {
            return args.stream().anyMatch(RemoteScriptToShell::downloadOutput);
        }
        if (!Shells.is(program)) {
            return false;
        }
        for (int k = 0; k + 1 < args.size(); k++) {
            String v = args.get(k).value();
            if (v.startsWith("-") && !v.startsWith("--") && v.indexOf('c') > 0) {
                return downloadOutput(args.get(k + 1));
            }
        }
        return false;
    }

    /** A word that is the output of a download to stdout: {@code $(curl -fsSL URL)}. */
    private static boolean downloadOutput(ShellWord w) {
        String v = w.value().strip();
        String inner = v.startsWith("$(") && v.endsWith(")") ? v.substring(2, v.length() - 1)
                : v.length() > 1 && v.startsWith("`") && v.endsWith("`") ? v.substring(1, v.length() - 1) : null;
        if (inner == null) {
            return false;
        }
        List<SimpleCommand> commands = ShellParser.parse(inner, 0);
        return !commands.isEmpty() && toStdout(commands.get(commands.size() - 1));
    }

    /**
     * {@code bash <(curl URL)}: the parse leaves the shell, its span ending at the {@code <}, followed right after
     * the {@code (} by the download, which is how a process substitution (and nothing else valid) reads.
     */
    private static boolean processSubstitution(SimpleCommand c, SimpleCommand next) {
        String program = c.program().orElse("");
        boolean runs = Shells.is(program) || program.equals("source") || program.equals(".");
        return runs && c.operands().isEmpty() && c.after().equals(";")
                && next.span().start() == c.span().end() + 1 && toStdout(next);
    }

    /** A later command runs the downloaded file with nothing checking it in between. */
    private static void runLater(List<SimpleCommand> commands, int k, String file, Reporter reporter) {
        for (int m = k + 1; m < commands.size(); m++) {
            SimpleCommand c = commands.get(m);
            if (verifies(c)) {
                return;
            }
            if (runs(c, file)) {
                reporter.report(c.span(), "`" + String.join(" ", c.words().stream().limit(2).map(ShellWord::value)
                        .toList()) + "` runs a script downloaded just before without checking it: check its "
                        + "sha256sum (or signature) against a pinned value first, or install the tool from a "
                        + "package or a pinned release");
                return;
            }
        }
    }

    private static boolean verifies(SimpleCommand c) {
        return c.program().filter(VERIFIERS::contains).isPresent()
                || c.words().stream().anyMatch(w -> VERIFIERS.stream().anyMatch(v -> w.value().contains(v + " ")));
    }

    /**
     * {@code sh FILE}, {@code python3 FILE args}, or {@code ./FILE} for a file named as a script ({@code install.sh});
     * a downloaded binary run to check its version is no script.
     */
    private static boolean runs(SimpleCommand c, String file) {
        List<ShellWord> words = unwrapped(c);
        if (words.isEmpty()) {
            return false;
        }
        String bare = file.startsWith("./") ? file.substring(2) : file;
        String first = words.get(0).value();
        if (first.equals(file) || first.equals("./" + bare)) {
            return SCRIPT_FILE.matcher(bare).matches();
        }
        if (!isRunner(name(words.get(0)))) {
            return false;
        }
        String scriptOptions = scriptOptions(name(words.get(0)));
        Optional<ShellWord> script = words.subList(1, words.size()).stream()
                .filter(w -> !w.value().startsWith("-")).findFirst();
        return script.filter(w -> w.value().equals(file) || w.value().equals(bare) || w.value().equals("./" + bare))
                .isPresent() && words.subList(1, words.size()).stream().noneMatch(w -> w.value().startsWith("-")
                && !w.value().startsWith("--") && w.value().chars().anyMatch(ch -> scriptOptions.indexOf(ch) >= 0));
    }
}
