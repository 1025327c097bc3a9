package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.source.Span;

import java.util.List;

/**
 * A rule about one program that reports once per RUN, at its first call, as hadolint does: the later calls in the
 * same RUN ({@code apt update && apt install}, {@code cd a && cd b}) are the same choice, not new problems.
 */
abstract class OncePerRunRule implements DockerfileRule {
    private final String program;

    OncePerRunRule(String program) {
        this.program = program;
    }

    @Override
    public final void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Run run) {
                List<SimpleCommand> calls = run.commands().stream()
                        .filter(c -> c.program().filter(program::equals).isPresent()).filter(this::counts).toList();
                if (!calls.isEmpty()) {
                    reporter.report(span(calls.get(0)), program + (calls.size() > 1 ? " (" + calls.size()
                            + " times in this RUN)" : "") + " " + message(), fix(dockerfile, instruction, calls));
                }
            }
        }
    }

    /** Whether this call of the program is one the rule is about: every call unless a rule says otherwise. */
    boolean counts(SimpleCommand call) {
        return true;
    }

    /** Where the finding goes: the first call's program word unless a rule says otherwise. */
    Span span(SimpleCommand first) {
        return first.words().get(0).span();
    }

    /**
     * The fix for the RUN {@code instruction} (ONBUILD RUN included) whose calls of the program are {@code calls}: it
     * must change every call, or the finding stays. Null when the rule offers none there.
     */
    Fix fix(Dockerfile dockerfile, Instruction instruction, List<SimpleCommand> calls) {
        return null;
    }

    /** What follows the program's name in the message. */
    abstract String message();
}
