package dev.stacklint.report;

import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;

/**
 * The stable machine-readable format: {@code {"version", "files": [...], "findings": [...]}}, every
 * finding with {@code rule, name, severity, file, line, column, endLine, endColumn, message}, 1-based, a
 * {@code fix} object when the finding has one, and {@code related} (the same location fields and a message each)
 * when the finding has related locations.
 */
public final class JsonFormatter implements Formatter {
    // written as it goes, not built as a tree first: a report of 100,000 findings would otherwise be held three
    // times over (the tree, the text, its bytes)
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
            .without(StreamWriteFeature.AUTO_CLOSE_TARGET);

    @Override
    public void write(Report report, PrintStream out) {
        try (JsonGenerator json = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("version", report.version());
            json.writeArrayPropertyStart("files");
            for (SourceFile f : report.files()) {
                json.writeString(f.displayPath());
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("findings");
            for (Finding f : report.findings()) {
                finding(f, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    private static void finding(Finding f, JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("rule", f.rule().code());
        json.writeStringProperty("name", f.rule().name());
        json.writeStringProperty("severity", f.severity().label());
        json.writeStringProperty("file", f.file().displayPath());
        range(f.start(), f.end(), json);
        json.writeStringProperty("message", f.message());
        if (f.fix() != null) {
            json.writeObjectPropertyStart("fix");
            fix(f, json);
            json.writeEndObject();
        }
        if (!f.related().isEmpty()) {
            json.writeArrayPropertyStart("related");
            for (RelatedLocation r : f.related()) {
                json.writeStartObject();
                json.writeStringProperty("file", r.file().displayPath());
                range(r.start(), r.end(), json);
                json.writeStringProperty("message", r.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void range(Position start, Position end, JsonGenerator json) {
        json.writeNumberProperty("line", start.line());
        json.writeNumberProperty("column", start.column());
        json.writeNumberProperty("endLine", end.line());
        json.writeNumberProperty("endColumn", end.column());
    }

    /** {@code {safety, description, [file,] edits: [{line, column, endLine, endColumn, replacement}]}}. */
    private static void fix(Finding f, JsonGenerator json) {
        json.writeStringProperty("safety", f.fix().safety().label());
        json.writeStringProperty("description", f.fix().description());
        f.fix().newFile().ifPresent(p -> json.writeStringProperty("file", FixEdits.newFileName(f, p)));
        json.writeArrayPropertyStart("edits");
        for (Edit e : f.fix().edits()) {
            Position[] range = FixEdits.range(f, e);
            json.writeStartObject();
            range(range[0], range[1], json);
            json.writeStringProperty("replacement", e.replacement());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
