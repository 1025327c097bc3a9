package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python file read once into logical lines, with the compound statements around each line (functions, main
 * guards, blocks) and the module constants its literals read through: what the entry scan and the settings reader
 * both ask of a file.
 */
final class PyFile {
    private final SourceFile file;
    private final List<LogicalLine> lines;
    private final List<Deque<Block>> context = new ArrayList<>();
    private final Map<String, PyValue> constants;

    private record Block(int indent, String kind, int line) {
    }

    PyFile(SourceFile file) {
        this.file = file;
        this.lines = PyTokenizer.tokenize(file.text());
        this.constants = moduleConstants();
        computeBlocks();
    }

    SourceFile file() {
        return file;
    }

    List<LogicalLine> lines() {
        return lines;
    }

    /** The functions line {@code n} is in, innermost first. */
    List<String> functionsAround(int n) {
        return context.get(n).stream().filter(b -> b.kind().startsWith("def ")).map(b -> b.kind().substring(4))
                .toList();
    }

    /** True when line {@code n} sits inside a compound statement. */
    boolean nested(int n) {
        return !context.get(n).isEmpty();
    }

    /** For each line, the enclosing compound statements (innermost first). */
    private void computeBlocks() {
        Deque<Block> stack = new ArrayDeque<>();
        for (int n = 0; n < lines.size(); n++) {
            LogicalLine line = lines.get(n);
            while (!stack.isEmpty() && stack.peek().indent() >= line.indent()) {
                stack.pop();
            }
            context.add(new ArrayDeque<>(stack));
            List<PyToken> t = line.tokens();
            PyToken first = t.get(0);
            if (first.is("def") || first.is("async")) {
                int k = first.is("async") ? 2 : 1;
                stack.push(new Block(line.indent(), "def " + (t.size() > k ? t.get(k).text() : ""), n));
            } else if (isMainGuard(t)) {
                stack.push(new Block(line.indent(), "main", n));
            } else if (first.isName() && isCompoundKeyword(first.text()) && endsWithColon(t)) {
                stack.push(new Block(line.indent(), first.text(), n));
            }
        }
    }

    private static boolean isCompoundKeyword(String s) {
        return switch (s) {
            case "if", "elif", "else", "for", "while", "with", "try", "except", "finally", "class", "match", "case" ->
                    true;
            default -> false;
        };
    }

    private static boolean endsWithColon(List<PyToken> t) {
        return t.get(t.size() - 1).is(":");
    }

    private static boolean isMainGuard(List<PyToken> t) {
        if (t.size() < 5 || !t.get(0).is("if") || !t.get(2).is("==") || !t.get(4).is(":")) {
            return false;
        }
        PyToken a = t.get(1);
        PyToken b = t.get(3);
        return (a.is("__name__") && isMainString(b)) || (b.is("__name__") && isMainString(a));
    }

    private static boolean isMainString(PyToken t) {
        return t.kind() == PyToken.Kind.STRING && t.value().filter("__main__"::equals).isPresent();
    }

    /** The statement part of a line: after the colon of a one-line compound statement ({@code if x: app.run()}). */
    List<PyToken> statement(int n) {
        List<PyToken> t = lines.get(n).tokens();
        PyToken first = t.get(0);
        if (first.isName() && (isCompoundKeyword(first.text()) || first.is("def")) && !endsWithColon(t)) {
            int depth = 0;
            for (int k = 0; k < t.size(); k++) {
                PyToken x = t.get(k);
                if (x.is("(") || x.is("[") || x.is("{")) {
                    depth++;
                } else if (x.is(")") || x.is("]") || x.is("}")) {
                    depth--;
                } else if (depth == 0 && x.is(":") && !first.is("def")) {
                    return t.subList(k + 1, t.size());
                }
            }
        }
        return t;
    }

    boolean guarded(int n) {
        if (isMainGuard(lines.get(n).tokens())) {
            return true;
        }
        return context.get(n).stream().anyMatch(b -> b.kind().equals("main"));
    }

    boolean defines(String function) {
        for (LogicalLine line : lines) {
            List<PyToken> t = line.tokens();
            int k = t.get(0).is("async") ? 1 : 0;
            if (t.size() > k + 1 && t.get(k).is("def") && t.get(k + 1).is(function)) {
                return true;
            }
        }
        return false;
    }

    boolean inFunction(int n, String function) {
        return context.get(n).stream().anyMatch(b -> b.kind().equals("def " + function));
    }

    /** Code that runs when the module is imported: not in a function, a class or a main guard. */
    boolean atModuleLevel(int n) {
        return !isMainGuard(lines.get(n).tokens()) && context.get(n).stream().noneMatch(b ->
                b.kind().startsWith("def ") || b.kind().equals("class") || b.kind().equals("main"));
    }

    /** A literal value, or a module constant bound once to one; anything else is unknown. */
    PyValue literal(List<PyToken> value, Span argSpan) {
        Span span = value.get(0).span().to(value.get(value.size() - 1).span());
        if (value.size() == 2 && value.get(0).is("-") && value.get(1).kind() == PyToken.Kind.NUMBER) {
            return new PyValue(PyValue.Kind.NUMBER, "-" + value.get(1).text(), span, argSpan);
        }
        if (value.size() != 1) {
            return new PyValue(PyValue.Kind.UNKNOWN, "", span, argSpan);
        }
        PyToken v = value.get(0);
        return switch (v.kind()) {
            case STRING -> v.value().map(s -> new PyValue(PyValue.Kind.STRING, s, span, argSpan))
                    .orElse(new PyValue(PyValue.Kind.UNKNOWN, "", span, argSpan));
            case NUMBER -> new PyValue(PyValue.Kind.NUMBER, v.text().replace("_", ""), span, argSpan);
            case NAME -> switch (v.text()) {
                case "True", "False" -> new PyValue(PyValue.Kind.BOOL, v.text(), span, argSpan);
                case "None" -> new PyValue(PyValue.Kind.NONE, "None", span, argSpan);
                default -> {
                    PyValue c = constants.get(v.text());
                    yield c != null ? new PyValue(c.kind(), c.text(), span, argSpan)
                            : new PyValue(PyValue.Kind.UNKNOWN, "", span, argSpan);
                }
            };
            case OP -> new PyValue(PyValue.Kind.UNKNOWN, "", span, argSpan);
        };
    }

    List<PyValue> elements(List<PyToken> rhs, Span whole) {
        PyToken last = rhs.get(rhs.size() - 1);
        if (!(last.is("]") || last.is(")"))) {
            return List.of(new PyValue(PyValue.Kind.UNKNOWN, "", whole, whole));
        }
        List<PyValue> out = new ArrayList<>();
        for (List<PyToken> item : Tokens.split(rhs.subList(1, rhs.size() - 1), ",")) {
            if (!item.isEmpty()) {
                Span s = item.get(0).span().to(item.get(item.size() - 1).span());
                out.add(literal(item, s));
            }
        }
        return out;
    }

    Map<String, Integer> assignmentCounts() {
        Map<String, Integer> count = new HashMap<>();
        for (LogicalLine line : lines) {
            List<PyToken> t = line.tokens();
            for (int k = 0; k + 1 < t.size(); k++) {
                boolean target = t.get(k).isName() && (k == 0 || t.get(k - 1).is(",") || t.get(k - 1).is("global"));
                String op = t.get(k + 1).text();
                if (target && t.get(k + 1).kind() == PyToken.Kind.OP && (op.equals("=") || op.endsWith("=")
                        && !op.equals("==") && !op.equals("<=") && !op.equals(">=") && !op.equals("!="))) {
                    count.merge(t.get(k).text(), 1, Integer::sum);
                }
            }
            if (t.get(0).is("for") && t.size() > 1) {
                count.merge(t.get(1).text(), 2, Integer::sum);
            }
        }
        return count;
    }

    /** Top-level {@code NAME = literal} bound exactly once; {@code app.run(host=HOST)} reads through them. */
    private Map<String, PyValue> moduleConstants() {
        Map<String, PyValue> out = new HashMap<>();
        Map<String, Integer> count = assignmentCounts();
        for (LogicalLine line : lines) {
            List<PyToken> t = line.tokens();
            if (line.indent() == 0 && t.size() == 3 && t.get(0).isName() && t.get(1).is("=")
                    && count.get(t.get(0).text()) == 1) {
                PyToken v = t.get(2);
                PyValue.Kind kind = switch (v.kind()) {
                    case STRING -> v.value().isPresent() ? PyValue.Kind.STRING : PyValue.Kind.UNKNOWN;
                    case NUMBER -> PyValue.Kind.NUMBER;
                    case NAME -> v.is("True") || v.is("False") ? PyValue.Kind.BOOL : PyValue.Kind.UNKNOWN;
                    case OP -> PyValue.Kind.UNKNOWN;
                };
                if (kind != PyValue.Kind.UNKNOWN) {
                    String text = v.kind() == PyToken.Kind.STRING ? v.value().orElseThrow() : v.text();
                    out.put(t.get(0).text(), new PyValue(kind, text, v.span(), v.span()));
                }
            }
        }
        return out;
    }
}
