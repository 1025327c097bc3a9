package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML (read by Jenkins, IntelliJ, reviewdog): one {@code <file>} per file linted, one
 * {@code <error>} per finding with {@code source} set to the rule code.
 */
public final class CheckstyleFormatter implements Formatter {
    @Override
    public void write(Report report, PrintStream out) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (SourceFile file : report.files()) {
            byFile.put(file.displayPath(), new ArrayList<>());
        }
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(f.file().displayPath(), k -> new ArrayList<>()).add(f);
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", "4.3");
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", SafeText.xml(e.getKey()));
                for (Finding f : e.getValue()) {
                    Position p = f.start();
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", String.valueOf(p.line()));
                    xml.writeAttribute("column", String.valueOf(p.column()));
                    xml.writeAttribute("severity", severity(f));
                    xml.writeAttribute("message", SafeText.xml(f.message()));
                    xml.writeAttribute("source", f.rule().code());
                }
                if (!e.getValue().isEmpty()) {
                    xml.writeCharacters("\n  ");
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        out.println(text);
    }

    /** Checkstyle knows error, warning and info. */
    private static String severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "info";
        };
    }
}
