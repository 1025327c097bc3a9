package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.util.List;

/**
 * GitLab Code Quality: a JSON array of issues with {@code description}, {@code check_name},
 * {@code fingerprint}, {@code severity} and {@code location} (path relative to the repository root, lines).
 */
public final class GitlabFormatter implements Formatter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public void write(Report report, PrintStream out) {
        ArrayNode issues = MAPPER.createArrayNode();
        List<String> fingerprints = Fingerprints.of(report);
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            ObjectNode issue = issues.addObject();
            issue.put("type", "issue");
            issue.put("description", f.message());
            issue.put("check_name", f.rule().code());
            issue.put("fingerprint", fingerprints.get(i));
            issue.put("severity", severity(f));
            ObjectNode location = issue.putObject("location");
            location.put("path", report.scanPath(f.file()));
            ObjectNode lines = location.putObject("lines");
            lines.put("begin", f.start().line());
            lines.put("end", f.end().line());
        }
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(issues));
    }

    /** GitLab's scale is info, minor, major, critical, blocker; stacklint's four severities take the lower four. */
    private static String severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "minor";
            case STYLE -> "info";
        };
    }
}
