package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DL3027: a RUN calls {@code apt}, the interactive front end, instead of {@code apt-get}; reported once per RUN, at
 * the first apt, as hadolint does (an {@code apt update && apt install} pair is one habit, not two problems).
 */
public final class UseAptGetNotApt extends OncePerRunRule {
    static final RuleMeta META = new RuleMeta("DL3027", "use-apt-get-not-apt", Severity.WARNING,
            "RUN uses apt, whose command-line interface is not stable for scripts; use apt-get or apt-cache.")
            .fixable(Fix.Safety.SAFE);

    /**
     * The subcommands apt-get has and runs as apt does. Not {@code upgrade} (apt's installs new dependencies,
     * apt-get's holds the package back), nor {@code full-upgrade}, {@code list}, {@code search}, {@code show}.
     */
    private static final Set<String> SAME_IN_APT_GET = Set.of("install", "remove", "purge", "autoremove", "update",
            "dist-upgrade", "clean", "autoclean", "build-dep", "source", "download", "changelog", "satisfy");
    /** apt's options whose value is the next word. */
    private static final Set<String> TAKES_VALUE = Set.of("-o", "--option", "-t", "--target-release", "-c",
            "--config-file", "-a", "--host-architecture");

    public UseAptGetNotApt() {
        super("apt");
    }

    @Override
    String message() {
        return "is meant for people at a terminal and warns that its interface may change: use apt-get (or "
                + "apt-cache for queries) in scripts";
    }

    /** {@code apt} becomes {@code apt-get} in every call, when each call's subcommand means the same to apt-get. */
    @Override
    Fix fix(Dockerfile dockerfile, Instruction instruction, List<SimpleCommand> calls) {
        List<Edit> edits = new ArrayList<>();
        for (SimpleCommand call : calls) {
            ShellWord program = call.words().get(0);
            List<ShellWord> operands = call.operands(0, TAKES_VALUE);
            if (!(instruction.effective() instanceof Instruction.Run run) || !RunEdits.located(run, program)
                    || !program.raw().equals(program.value()) || operands.isEmpty()
                    || !SAME_IN_APT_GET.contains(operands.get(0).value())) {
                return null;
            }
            edits.add(Edit.insert(program.span().end(), "-get"));
        }
        return new Fix(Fix.Safety.SAFE, "use apt-get instead of apt", edits);
    }
}
