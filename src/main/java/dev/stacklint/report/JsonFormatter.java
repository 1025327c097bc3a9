package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintStream;

/**
 * The stable machine-readable format: {@code {"version", "files": [...], "findings": [...]}}, every
 * finding with {@code rule, name, severity, file, line, column, endLine, endColumn, message}, 1-based.
 */
public final class JsonFormatter implements Formatter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public void write(Report report, PrintStream out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", report.version());
        ArrayNode files = root.putArray("files");
        for (SourceFile f : report.files()) {
            files.add(f.displayPath());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            Position start = f.start();
            Position end = f.end();
            ObjectNode o = findings.addObject();
            o.put("rule", f.rule().code());
            o.put("name", f.rule().name());
            o.put("severity", f.severity().label());
            o.put("file", f.file().displayPath());
            o.put("line", start.line());
            o.put("column", start.column());
            o.put("endLine", end.line());
            o.put("endColumn", end.column());
            o.put("message", f.message());
        }
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
