package dev.stacklint.engine;

import dev.stacklint.project.Stack;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs one rule so that a bug in it costs that rule's findings on that file, never the whole run. */
final class RuleRunner {
    private RuleRunner() {
    }

    /**
     * Links a stack; a bug in linking costs the stack rules on these files, never the whole run, and is an
     * {@link ParseRules#INTERNAL_ERROR} finding at 1:1 of {@code file}.
     */
    static Optional<Stack> link(SourceFile file, Consumer<Finding> sink, Supplier<Stack> linking) {
        try {
            return Optional.of(linking.get());
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(internalError(file, "linking the stack failed on this file, so no stack rule ran: " + e));
            return Optional.empty();
        }
    }

    /**
     * Runs {@code check}; when it throws, the rule's findings on this file so far stand and an
     * {@link ParseRules#INTERNAL_ERROR} finding at 1:1 of {@code file} says which rule failed and how (no stack trace).
     */
    static void run(RuleMeta rule, SourceFile file, Consumer<Finding> sink, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(internalError(file, "rule %s (%s) failed on this file: %s".formatted(rule.code(), rule.name(), e)));
        }
    }

    /** {@code step} wrapped as {@link #run} wraps a check: run later, with the same protection. */
    static Runnable deferred(RuleMeta rule, SourceFile file, Consumer<Finding> sink, Runnable step) {
        return () -> run(rule, file, sink, step);
    }

    private static Finding internalError(SourceFile file, String message) {
        RuleMeta internal = ParseRules.INTERNAL_ERROR.meta();
        return new Finding(internal, internal.severity(), file, Span.at(0), message);
    }
}
