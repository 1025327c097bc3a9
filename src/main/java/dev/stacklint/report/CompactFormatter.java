package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.Position;

import java.io.PrintStream;

/**
 * One line a finding and nothing else, in the "compact" shape editors and CI log scanners know from ESLint:
 * {@code path: line 3, col 1, Warning - message (SL101)}.
 */
public final class CompactFormatter implements Formatter {
    @Override
    public void write(Report report, PrintStream out) {
        for (Finding f : report.findings()) {
            Position p = f.start();
            String severity = f.severity().label();
            out.println(f.file().displayPath() + ": line " + p.line() + ", col " + p.column() + ", "
                    + Character.toUpperCase(severity.charAt(0)) + severity.substring(1) + " - "
                    + SafeText.oneLine(f.message()) + " (" + f.rule().code() + ")");
        }
    }
}
