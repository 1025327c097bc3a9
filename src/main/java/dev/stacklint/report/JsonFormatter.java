package dev.stacklint.report;

import dev.stacklint.rule.Edit;
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
 * finding with {@code rule, name, severity, file, line, column, endLine, endColumn, message}, 1-based, a
 * {@code fix} object when the finding has one, and {@code related} (the same location fields and a message each)
 * when the finding has related locations.
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
            if (f.fix() != null) {
                fix(f, o.putObject("fix"));
            }
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

    /** {@code {safety, description, [file,] edits: [{line, column, endLine, endColumn, replacement}]}}. */
    private static void fix(Finding f, ObjectNode o) {
        o.put("safety", f.fix().safety().label());
        o.put("description", f.fix().description());
        f.fix().newFile().ifPresent(p -> o.put("file", FixEdits.newFileName(f, p)));
        ArrayNode edits = o.putArray("edits");
        for (Edit e : f.fix().edits()) {
            Position[] range = FixEdits.range(f, e);
            ObjectNode edit = edits.addObject();
            edit.put("line", range[0].line());
            edit.put("column", range[0].column());
            edit.put("endLine", range[1].line());
            edit.put("endColumn", range[1].column());
            edit.put("replacement", e.replacement());
        }
    }
}
