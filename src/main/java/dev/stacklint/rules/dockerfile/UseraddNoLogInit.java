package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Optional;

/** DL3046: {@code useradd} with a uid of more than five digits and without {@code -l} ({@code --no-log-init}). */
public final class UseraddNoLogInit extends RunCommandRule {
    static final RuleMeta META = new RuleMeta("DL3046", "useradd-no-log-init", Severity.WARNING,
            "useradd with a large uid and without -l writes a huge sparse lastlog file into the image.");

    @Override
    void check(Instruction.Run run, SimpleCommand command, Reporter reporter) {
        if (command.program().filter("useradd"::equals).isEmpty() || command.hasOption("-l")
                || command.hasOption("--no-log-init")) {
            return;
        }
        uid(command.args()).filter(u -> u.value().replaceAll("\\D", "").length() > 5).ifPresent(u ->
                reporter.report(u.span(), "with a uid this large, useradd fills /var/log/lastlog and faillog with "
                        + "gigabytes of zeros, which go into the layer: add -l (--no-log-init)"));
    }

    /** The word holding the uid: {@code -u 123456}, {@code -u123456}, {@code --uid 123456}, {@code --uid=123456}. */
    private static Optional<ShellWord> uid(List<ShellWord> args) {
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if ((v.equals("-u") || v.equals("--uid")) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (v.startsWith("--uid=") || (v.startsWith("-u") && v.length() > 2 && Character.isDigit(v.charAt(2)))) {
                return Optional.of(args.get(i));
            }
        }
        return Optional.empty();
    }
}
