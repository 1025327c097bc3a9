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
        for (Finding f : findings) {
            Optional<Severity> severity = settings.apply(f.file().path()).severity(f.rule(), f.severity());
            severity.ifPresent(s -> kept.add(s == f.severity() ? f : f.withSeverity(s)));
        }
        return new Outcome(kept, findings.size() - kept.size());
    }

    /** How many findings are at or above the failure threshold in force for their file and rule. */
    static int failures(List<Finding> findings, Function<Path, FileSettings> settings) {
        return (int) findings.stream()
                .filter(f -> settings.apply(f.file().path()).failureThreshold(f.rule()).fails(f.severity()))
                .count();
    }
}
