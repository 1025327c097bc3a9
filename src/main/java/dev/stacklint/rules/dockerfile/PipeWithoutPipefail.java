package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Arguments;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DL4006: a shell-form RUN pipes one command into another while the stage's SHELL has not set
 * {@code -o pipefail}, so a failure left of the pipe goes unnoticed. A FROM starts again with the default
 * {@code /bin/sh -c}, unless it builds on an earlier stage, whose SHELL it inherits; a non-POSIX SHELL
 * (PowerShell, cmd) turns the check off; a {@code set -o pipefail} earlier in the same RUN counts. A pipe from a
 * command that cannot fail ({@code echo}, {@code printf}, {@code true}; {@code yes}, which pipefail would make fail)
 * hides nothing, nor does a pipeline whose failure the script already tolerates ({@code a | b || fallback}); the
 * first pipe that does hide a failure is reported.
 */
public final class PipeWithoutPipefail implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL4006", "pipe-without-pipefail", Severity.WARNING, "RUN pipes commands without pipefail, so a failure before the pipe is ignored.");

    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ksh", "mksh", "ash", "busybox");
    private static final Set<String> NON_POSIX = Set.of("pwsh", "powershell", "cmd");
    /** Programs whose failure no pipe can hide (yes dies of SIGPIPE: pipefail would turn that into a failure). */
    private static final Set<String> CANNOT_FAIL = Set.of("echo", "printf", "true", ":", "yes");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        ShellState shell = ShellState.DEFAULT;
        Map<String, ShellState> stageShells = new HashMap<>();
        String stage = null;
        for (Instruction instruction : dockerfile.instructions()) {
            switch (instruction) {
                case Instruction.From f -> {
                    // a stage built FROM an earlier one inherits its SHELL, as Docker does (hadolint does not)
                    shell = stageShells.getOrDefault(f.image().value().toLowerCase(Locale.ROOT), ShellState.DEFAULT);
                    stage = f.alias().map(a -> a.value().toLowerCase(Locale.ROOT)).orElse(null);
                }
                case Instruction.Shell s -> shell = ShellState.of(s.shell());
                default -> {
                    if (shell == ShellState.DEFAULT && instruction.effective() instanceof Instruction.Run run
                            && run.command() instanceof Arguments.ShellForm) {
                        check(run, reporter);
                    }
                }
            }
            if (stage != null) {
                stageShells.put(stage, shell);
            }
        }
    }

    private static void check(Instruction.Run run, Reporter reporter) {
        List<SimpleCommand> commands = run.script().shellForm();
        for (int k = 0; k < commands.size(); k++) {
            SimpleCommand c = commands.get(k);
            if (setsPipefail(c.program().orElse(""), c.args())) {
                return;
            }
            if (c.piped() && !c.program().filter(CANNOT_FAIL::contains).isPresent() && !tolerated(commands, k)) {
                reporter.report(c.span(), "a failure of this command is hidden by the pipe after it (/bin/sh "
                        + "reports only the last command's status): add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", "
                        + "\"-c\"] before the RUN, or start it with set -o pipefail &&");
                return;
            }
        }
    }

    /** The pipeline holding command {@code k} is followed by {@code ||}: its failure is tolerated anyway. */
    private static boolean tolerated(List<SimpleCommand> commands, int k) {
        int end = k;
        while (end < commands.size() - 1 && commands.get(end).piped()) {
            end++;
        }
        return commands.get(end).after().equals("||");
    }

    /** What the stage's SHELL means for this rule. */
    private enum ShellState {
        /** A POSIX shell without pipefail: the check applies. */
        DEFAULT,
        /** pipefail is on, or the shell is not a POSIX shell: nothing to check. */
        OFF;

        static ShellState of(List<Word> shell) {
            if (shell.isEmpty()) {
                return DEFAULT;
            }
            String program = shell.get(0).value();
            program = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1)
                    .toLowerCase(Locale.ROOT);
            if (program.endsWith(".exe")) {
                program = program.substring(0, program.length() - 4);
            }
            if (NON_POSIX.contains(program)) {
                return OFF;
            }
            List<String> args = shell.subList(1, shell.size()).stream().map(Word::value).toList();
            return PIPEFAIL_SHELLS.contains(program) && hasPipefail(args) ? OFF : DEFAULT;
        }
    }

    /** {@code set -o pipefail}, {@code set -euxo pipefail}. */
    private static boolean setsPipefail(String program, List<ShellWord> args) {
        return program.equals("set") && hasPipefail(args.stream().map(ShellWord::value).toList());
    }

    /** {@code -o pipefail} or a bundle ending in o, like {@code -eo pipefail}. */
    private static boolean hasPipefail(List<String> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-") && !a.startsWith("--") && a.endsWith("o") && args.get(i + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }
}
