package dev.stacklint.engine;

import dev.stacklint.config.FileSettings;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies configuration to findings: each takes the severity its file's settings give its rule, or is
 * dropped when the rule is off there; and counts the findings that fail the run.
 */
final class SeverityPolicy {
    private SeverityPolicy() {
    }

    /** What is left (with configured severities) and how many findings configuration turned off. */
    record Outcome(List<Finding> kept, int dropped) {
    }

    static Outcome apply(List<Finding> findings, Function<Path, FileSettings> settings) {
        List<Finding> kept = new ArrayList<>();
        int dropped = 0;
        for (Finding f : findings) {
            FileSettings fileSettings = settings.apply(f.file().path());
            Optional<Severity> severity = fileSettings.severity(f.rule(), f.severity());
            if (severity.isPresent()) {
                kept.add(severity.get() == f.severity() ? f : f.withSeverity(severity.get()));
            } else if (f.rule().enabledByDefault() || fileSettings.selected(f.rule())) {
                dropped++; // a rule off by default that nobody selected was never on: nothing was suppressed
            }
        }
        return new Outcome(kept, dropped);
    }

    /** How many findings are at or above the failure threshold in force for their file and rule. */
    static int failures(List<Finding> findings, Function<Path, FileSettings> settings) {
        return (int) findings.stream()
                .filter(f -> settings.apply(f.file().path()).failureThreshold(f.rule()).fails(f.severity()))
                .count();
    }
}
