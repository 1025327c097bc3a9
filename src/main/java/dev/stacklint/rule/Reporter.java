package dev.stacklint.rule;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.function.Consumer;

/**
 * Collects a rule's findings. The rule's code and default severity are filled in here, so a rule
 * cannot report under another rule's code.
 */
public final class Reporter {
    private final RuleMeta rule;
    private final SourceFile defaultFile;
    private final Consumer<Finding> sink;

    public Reporter(RuleMeta rule, SourceFile defaultFile, Consumer<Finding> sink) {
        this.rule = rule;
        this.defaultFile = defaultFile;
        this.sink = sink;
    }

    /** Reports in the file the rule was given (Dockerfile rules). */
    public void report(Span span, String message) {
        if (defaultFile == null) {
            throw new IllegalStateException(rule.code() + " must name the file it reports in");
        }
        report(defaultFile, span, message);
    }

    public void report(SourceFile file, Span span, String message) {
        sink.accept(new Finding(rule, rule.severity(), file, span, message));
    }

    /** Reports with an edit that would make the finding go away ({@code --fix}). */
    public void report(Span span, String message, Fix fix) {
        if (defaultFile == null) {
            throw new IllegalStateException(rule.code() + " must name the file it reports in");
        }
        report(defaultFile, span, message, fix);
    }

    public void report(SourceFile file, Span span, String message, Fix fix) {
        sink.accept(new Finding(rule, rule.severity(), file, span, message, fix, List.of()));
    }

    /** Reports with other places the finding is about (the first occurrence of a duplicate). */
    public void report(SourceFile file, Span span, String message, List<RelatedLocation> related) {
        sink.accept(new Finding(rule, rule.severity(), file, span, message, null, related));
    }

    /** Reports with another severity than the rule's default and with other places the finding is about. */
    public void report(SourceFile file, Span span, Severity severity, String message, List<RelatedLocation> related) {
        sink.accept(new Finding(rule, severity, file, span, message, null, related));
    }

    /** Reports with a severity other than the rule's default (e.g. a warning that becomes an error with debug on). */
    public void report(SourceFile file, Span span, Severity severity, String message) {
        sink.accept(new Finding(rule, severity, file, span, message));
    }

    /**
     * A reporter for another tool's finding passed through under that tool's own code (ShellCheck's SCxxxx). The
     * code must name this rule as an alias, so that selecting or ignoring this rule covers it.
     */
    public Reporter passthrough(RuleMeta code) {
        if (!code.aliases().contains(rule.code())) {
            throw new IllegalArgumentException(code.code() + " is not passed through by " + rule.code());
        }
        return new Reporter(code, defaultFile, sink);
    }

    public RuleMeta rule() {
        return rule;
    }
}
