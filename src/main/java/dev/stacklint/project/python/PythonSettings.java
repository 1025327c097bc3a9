package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a Python settings file (a gunicorn config) into its module-level names and literal values. */
public final class PythonSettings {
    private PythonSettings() {
    }

    /**
     * The module-level names bound once to a literal or a list/tuple of literals ({@code bind = "0.0.0.0:8000"},
     * {@code bind = ["0.0.0.0:80", ...]}), as gunicorn config files set them; a name assigned anything else, more
     * than once, or inside a block, maps to a single unknown value.
     */
    public static Map<String, List<PyValue>> read(SourceFile file) {
        PyFile s = new PyFile(file);
        Map<String, List<PyValue>> out = new LinkedHashMap<>();
        Map<String, Integer> count = s.assignmentCounts();
        for (int n = 0; n < s.lines().size(); n++) {
            List<PyToken> t = s.statement(n);
            if (t.size() < 3 || !t.get(0).isName() || !t.get(1).is("=")) {
                continue;
            }
            String name = t.get(0).text();
            List<PyToken> rhs = t.subList(2, t.size());
            Span whole = rhs.get(0).span().to(rhs.get(rhs.size() - 1).span());
            if (count.get(name) > 1 || s.nested(n) || t != s.lines().get(n).tokens()) {
                out.put(name, List.of(new PyValue(PyValue.Kind.UNKNOWN, "", whole, whole)));
            } else if (rhs.get(0).is("[") || rhs.get(0).is("(")) {
                out.put(name, s.elements(rhs, whole));
            } else {
                out.put(name, List.of(s.literal(rhs, whole)));
            }
        }
        return out;
    }
}
