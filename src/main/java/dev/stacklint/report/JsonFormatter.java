package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintStream;

/**
 * The stable machine-readable format: {@code {"version", "files": [...], "findings": [...]}}, every
 * finding with {@code rule, name, severity, file, line, column, endLine, endColumn, message}, 1-based, and
 * {@code related} (the same location fields and a message each) when the finding has related locations.
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
            if (!f.related().isEmpty()) {
                ArrayNode related = o.putArray("related");
                for (RelatedLocation r : f.related()) {
                    Position rs = r.start();
                    Position re = r.end();
                    ObjectNode at = related.addObject();
                    at.put("file", r.file().displayPath());
                    at.put("line", rs.line());
                    at.put("column", rs.column());
                    at.put("endLine", re.line());
                    at.put("endColumn", re.column());
                    at.put("message", r.message());
                }
            }
        }
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
