package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Position;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One finding a line, {@code path:line:column: severity: message [CODE name]} (the shape editors' and CI
 * problem matchers parse), then a summary line with the count per severity. For a terminal, severities are
 * coloured and each finding is followed by a code frame: its source line with carets under the span. A finding's
 * related locations (the first of two duplicates) follow it, indented: {@code   related: path:line:column: message}.
 */
public final class TextFormatter implements Formatter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private final boolean terminal;

    /** @param terminal colours and code frames, for a person at a terminal */
    public TextFormatter(boolean terminal) {
        this.terminal = terminal;
    }

    @Override
    public void write(Report report, PrintStream out) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : report.findings()) {
            Position p = f.start();
            counts.merge(f.severity(), 1, Integer::sum);
            out.println(paint(BOLD, f.file().displayPath() + ":" + p.line() + ":" + p.column() + ":") + " "
                    + paint(colour(f.severity()), f.severity().label()) + ": " + SafeText.oneLine(f.message()) + " "
                    + paint(DIM, "[" + f.rule().code() + " " + f.rule().name() + "]"));
            if (terminal) {
                frame(f, out);
            }
            for (RelatedLocation r : f.related()) { // indented: problem matchers take only the finding's line
                Position at = r.start();
                out.println("  " + paint(DIM, "related:") + " " + r.file().displayPath() + ":" + at.line() + ":"
                        + at.column() + ": " + SafeText.oneLine(r.message()));
            }
        }
        out.println(summary(report, counts));
        fixes(report).ifPresent(out::println);
        if (report.fixedInBaseline() > 0) {
            int n = report.fixedInBaseline();
            out.println(n + (n == 1 ? " baseline entry is" : " baseline entries are")
                    + " fixed: rewrite the baseline (--write-baseline FILE).");
        }
    }

    /** The finding's first line, and carets under the span (to the end of that line when the span goes on). */
    private void frame(Finding f, PrintStream out) {
        Position start = f.start();
        Position end = f.end();
        String line = SafeText.oneLine(f.file().line(start.line()));
        int from = Math.min(start.column() - 1, line.length());
        int to = Math.max(from, end.line() == start.line() ? Math.min(end.column() - 1, line.length()) : line.length());
        StringBuilder pad = new StringBuilder();
        line.substring(0, from).codePoints().forEach(c -> pad.append(c == '\t' ? '\t' : ' '));
        int carets = Math.max(1, line.codePointCount(from, to));
        String number = String.valueOf(start.line());
        out.println(paint(DIM, " " + number + " | ") + line);
        out.println(paint(DIM, " " + " ".repeat(number.length()) + " | ") + pad
                + paint(colour(f.severity()), "^".repeat(carets)));
    }

    private String paint(String style, String text) {
        return terminal ? style + text + RESET : text;
    }

    private static String colour(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
            case STYLE -> "\u001b[90m";
        };
    }

    /** {@code 3 problems in 5 files (1 error, 2 warnings, 0 info, 0 style); 1 suppressed}. */
    static String summary(Report report, Map<Severity, Integer> counts) {
        int files = report.files().size();
        String suppressed = (report.suppressed() == 0 ? "" : "; " + report.suppressed() + " suppressed")
                + (report.baselined() == 0 ? "" : "; " + report.baselined() + " in the baseline");
        int total = report.findings().size();
        if (total == 0) {
            return "No problems found in " + files + (files == 1 ? " file" : " files") + suppressed + ".";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(total).append(total == 1 ? " problem" : " problems")
                .append(" in ").append(files).append(files == 1 ? " file" : " files").append(" (");
        String sep = "";
        for (Severity s : Severity.values()) {
            int n = counts.getOrDefault(s, 0);
            sb.append(sep).append(n).append(' ').append(plural(s, n));
            sep = ", ";
        }
        return sb.append(")").append(suppressed).toString();
    }

    /**
     * After {@code --fix}: {@code Fixed 3 of 12 problems; 2 more with --unsafe-fixes.}; otherwise what {@code --fix}
     * would do, when a finding has a fix: {@code 3 fixable with --fix; 2 more with --unsafe-fixes.}
     */
    static Optional<String> fixes(Report report) {
        Report.FixSummary s = report.fixes();
        long available = report.findings().stream().filter(f -> f.fix() != null && f.fix().allowed(s.unsafe())).count();
        long hidden = report.findings().stream().filter(f -> f.fix() != null && !f.fix().allowed(s.unsafe())).count();
        String more = hidden == 0 ? "" : "; " + hidden + " more with --unsafe-fixes";
        if (s.fixing() && (s.applied() > 0 || !report.findings().isEmpty())) {
            int total = s.applied() + report.findings().size();
            return Optional.of("Fixed " + s.applied() + " of " + total + (total == 1 ? " problem" : " problems") + more + ".");
        }
        if (s.fixing()) {
            return Optional.empty();
        }
        if (available > 0) {
            return Optional.of(available + " fixable with --fix" + (s.unsafe() ? " --unsafe-fixes" : "") + more + ".");
        }
        return hidden == 0 ? Optional.empty() : Optional.of(hidden + " fixable with --fix --unsafe-fixes.");
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
