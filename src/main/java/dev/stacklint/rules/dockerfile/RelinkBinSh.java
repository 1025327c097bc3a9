package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;

/** DL4005: {@code ln ... /bin/sh} replaces the image's shell instead of choosing one with SHELL. */
public final class RelinkBinSh extends RunCommandRule {
    static final RuleMeta META = new RuleMeta("DL4005", "relink-bin-sh", Severity.WARNING,
            "RUN replaces /bin/sh with a link; the SHELL instruction chooses the shell for RUN instead.");

    @Override
    void check(Instruction.Run run, SimpleCommand command, Reporter reporter) {
        List<ShellWord> operands = command.operands();
        if (command.program().filter("ln"::equals).isPresent() && operands.size() >= 2
                && operands.get(operands.size() - 1).value().equals("/bin/sh")) {
            reporter.report(command.span(), "relinking /bin/sh changes the shell of every script in the image, "
                    + "not just of RUN: use SHELL [\"/bin/bash\", \"-c\"] to pick the shell for RUN");
        }
    }
}
