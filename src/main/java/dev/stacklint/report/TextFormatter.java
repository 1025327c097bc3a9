package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Position;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * One finding a line, {@code path:line:column: severity: message [CODE name]} (the shape editors' and CI
 * problem matchers parse), then a summary line. With colour on, severities are coloured.
 */
public final class TextFormatter implements Formatter {
    private static final String RESET = "\u001b[0m";
    private final boolean color;

    public TextFormatter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(Report report, PrintStream out) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : report.findings()) {
            Position p = f.start();
            counts.merge(f.severity(), 1, Integer::sum);
            out.printf("%s:%d:%d: %s: %s [%s %s]%n", f.file().displayPath(), p.line(), p.column(),
                    paint(f.severity()), f.message(), f.rule().code(), f.rule().name());
        }
        out.println(summary(report, counts));
    }

    private String paint(Severity s) {
        if (!color) {
            return s.label();
        }
        String code = switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
            case STYLE -> "\u001b[90m";
        };
        return code + s.label() + RESET;
    }

    static String summary(Report report, Map<Severity, Integer> counts) {
        int files = report.files().size();
        String inFiles = files + (files == 1 ? " file" : " files");
        int total = report.findings().size();
        if (total == 0) {
            return "No problems found in " + inFiles + ".";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(total).append(total == 1 ? " problem" : " problems").append(" in ").append(inFiles).append(" (");
        String sep = "";
        for (Severity s : Severity.values()) {
            int n = counts.getOrDefault(s, 0);
            if (n > 0) {
                sb.append(sep).append(n).append(' ').append(plural(s, n));
                sep = ", ";
            }
        }
        return sb.append(")").toString();
    }

    private static String plural(Severity s, int n) {
        return switch (s) {
            case ERROR -> n == 1 ? "error" : "errors";
            case WARNING -> n == 1 ? "warning" : "warnings";
            case INFO -> "info";
            case STYLE -> "style";
        };
    }
}
