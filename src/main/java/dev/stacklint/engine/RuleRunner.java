package dev.stacklint.engine;

import dev.stacklint.rule.RuleMeta;
import dev.stacklint.source.SourceFile;

/** Runs one rule so that a bug in it costs that rule's findings on that file, never the whole run. */
final class RuleRunner {
    private RuleRunner() {
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
