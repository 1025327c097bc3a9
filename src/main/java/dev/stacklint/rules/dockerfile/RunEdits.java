package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Arguments;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.rule.Edit;
import dev.stacklint.source.Span;

import java.util.Optional;

/**
 * Where a fix may edit a RUN's shell script: next to a word whose place in the file the parser knows exactly. That
 * rules out exec-form RUNs (an inserted option would have to become a JSON element), heredoc bodies (left as their
 * authors wrote them), words of a {@code sh -c} script whose escapes hide the exact place, and words holding an
 * expansion ({@code $VAR}, {@code $(...)}).
 */
final class RunEdits {
    private RunEdits() {
    }

    /** Inserts {@code " " + text} right after {@code word}, when {@code word} may be edited next to. */
    static Optional<Edit> insertAfter(Instruction.Run run, ShellWord word, String text) {
        return located(run, word) ? Optional.of(Edit.insert(word.span().end(), " " + text)) : Optional.empty();
    }

    /**
     * True when {@code word} is a literal word of the RUN's shell form (a {@code sh -c} script in it included) whose
     * span holds exactly its raw text.
     */
    static boolean located(Instruction.Run run, ShellWord word) {
        return run.command() instanceof Arguments.ShellForm shell && within(word.span(), shell.span())
                && word.span().length() == word.raw().length() && word.isLiteral();
    }

    private static boolean within(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }
}
