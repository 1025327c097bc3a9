package dev.stacklint.engine;

import dev.stacklint.project.Stack;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.source.SourceFile;

import java.util.Optional;
import java.util.function.Supplier;

/** Runs one rule so that a bug in it costs that rule's findings on that file, never the whole run. */
final class RuleRunner {
    private RuleRunner() {
    }

    /** Links a stack; a bug in linking costs the stack rules on these files, never the whole run. */
    static Optional<Stack> link(SourceFile file, Supplier<Stack> linking) {
        try {
            return Optional.of(linking.get());
        } catch (RuntimeException | StackOverflowError e) {
            System.err.printf("stacklint: internal error linking the stack of %s: %s%n", file.displayPath(), e);
            return Optional.empty();
        }
    }

    static void run(RuleMeta rule, SourceFile file, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            System.err.printf("stacklint: internal error in rule %s (%s) on %s: %s%n",
                    rule.code(), rule.name(), file.displayPath(), e);
        }
    }
}
