package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Set;

/** DL3047: {@code wget} without {@code --progress} (or a quiet or log-file option) floods the build log. */
public final class WgetProgress extends RunCommandRule {
    static final RuleMeta META = new RuleMeta("DL3047", "wget-progress", Severity.INFO,
            "wget without --progress prints a progress line per chunk, flooding the build log.");

    /** Long options that set the progress style, silence wget or send its messages to a file. */
    private static final Set<String> LONG = Set.of("--progress", "--quiet", "--no-verbose", "--output-file",
            "--append-output");

    @Override
    void check(Instruction.Run run, SimpleCommand command, Reporter reporter) {
        if (command.program().filter("wget"::equals).isPresent() && !CommandOptions.aboutItself(command)
                && command.args().stream().noneMatch(WgetProgress::quietens)) {
            reporter.report(command.words().get(0).span(), "wget without a progress option writes thousands of "
                    + "progress lines into the build log: add --progress=dot:giga (or -q / -nv)");
        }
    }

    /** A long option above, or short options {@code -q}, {@code -nv}, {@code -o FILE}, {@code -a FILE}, bundled too. */
    private static boolean quietens(ShellWord word) {
        String v = word.value();
        if (v.startsWith("--")) {
            int eq = v.indexOf('=');
            return LONG.contains(eq < 0 ? v : v.substring(0, eq));
        }
        if (!v.startsWith("-")) {
            return false;
        }
        if (v.equals("-nv")) {
            return true;
        }
        // letters up to the first option that takes its value in the same word (-qO-, -o/tmp/log)
        for (int i = 1; i < v.length() && Character.isLetter(v.charAt(i)); i++) {
            char c = v.charAt(i);
            if (c == 'q' || c == 'o' || c == 'a') {
                return true;
            }
            if (c == 'O' || c == 'P' || c == 'e' || c == 't' || c == 'T' || c == 'w' || c == 'U' || c == 'Q') {
                return false;
            }
        }
        return false;
    }
}
