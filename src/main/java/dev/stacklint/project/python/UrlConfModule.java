package dev.stacklint.project.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Django URLconf module at the token level: every value a module-level name is given ({@code urlpatterns = [...]},
 * {@code urlpatterns += [...]}, {@code .append(...)}, {@code .extend(...)}, {@code .insert(...)}, in any branch),
 * the names it imports, and its string literals that start with {@code /}.
 */
final class UrlConfModule {
    private static final Set<String> COMPOUND = Set.of("if", "elif", "else", "try", "except", "finally", "with",
            "for", "while");

    /** A value given to a name: a list expression, or one pattern ({@code single}: appended or inserted). */
    record Value(List<PyToken> tokens, boolean single) {
    }

    final AppSources.Module module;
    final Map<String, List<Value>> values = new HashMap<>();
    /** local name → the absolute dotted name it is bound to ({@code views} → {@code shop.views}). */
    final Map<String, String> imports = new HashMap<>();
    final Set<String> literals = new HashSet<>();
    /** {@code i18n_patterns}: routes under a language prefix chosen at run time. */
    boolean i18n;

    private UrlConfModule(AppSources.Module module) {
        this.module = module;
    }

    static UrlConfModule read(AppSources.Module module) {
        UrlConfModule m = new UrlConfModule(module);
        for (LogicalLine line : module.lines()) {
            m.statement(body(line.tokens()));
            for (PyToken t : line.tokens()) {
                m.i18n |= t.is("i18n_patterns");
                t.value().filter(v -> t.kind() == PyToken.Kind.STRING && v.startsWith("/") && v.length() < 200)
                        .ifPresent(m.literals::add);
            }
        }
        return m;
    }

    /** The statement of a line, after the header of a compound statement written on the same line. */
    private static List<PyToken> body(List<PyToken> t) {
        if (t.isEmpty() || !COMPOUND.contains(t.get(0).text()) || t.get(0).kind() != PyToken.Kind.NAME) {
            return t;
        }
        List<List<PyToken>> parts = Tokens.items(t, ":");
        return parts.size() < 2 ? List.of() : t.subList(parts.get(0).size() + 1, t.size());
    }

    private void statement(List<PyToken> t) {
        if (t.size() < 2) {
            return;
        }
        if (t.get(0).is("from") || t.get(0).is("import")) {
            imports(t);
        } else if (t.get(0).isName() && (t.get(1).is("=") || t.get(1).is("+=")) && t.size() > 2) {
            add(t.get(0).text(), new Value(t.subList(2, t.size()), false));
        } else if (t.get(0).isName() && t.get(1).is(":")) {
            List<List<PyToken>> sides = Tokens.items(t, "=");
            if (sides.size() == 2) {
                add(t.get(0).text(), new Value(sides.get(1), false));
            }
        } else if (t.size() > 4 && t.get(0).isName() && t.get(1).is(".") && t.get(3).is("(")
                && Tokens.matching(t, 3) == t.size() - 1) {
            List<List<PyToken>> args = Tokens.items(t.subList(4, t.size() - 1), ",");
            String name = t.get(0).text();
            switch (t.get(2).text()) {
                case "append" -> args.stream().findFirst().ifPresent(a -> add(name, new Value(a, true)));
                case "extend" -> args.stream().findFirst().ifPresent(a -> add(name, new Value(a, false)));
                case "insert" -> args.stream().skip(1).findFirst().ifPresent(a -> add(name, new Value(a, true)));
                default -> {
                }
            }
        }
    }

    private void add(String name, Value v) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
    }

    /** {@code import a.b as c} and {@code from .x import y as z}: the local names and what they are. */
    private void imports(List<PyToken> t) {
        int at = 1;
        StringBuilder from = new StringBuilder();
        if (t.get(0).is("from")) {
            while (at < t.size() && !t.get(at).is("import")) {
                from.append(t.get(at++).text());
            }
            at++;
        }
        String base = from.isEmpty() ? "" : ModuleNames.absolute(module.packageName(), from.toString());
        for (List<PyToken> item : Tokens.items(t.subList(Math.min(at, t.size()), t.size()), ",")) {
            List<PyToken> names = item.stream().filter(k -> !k.is("(") && !k.is(")")).toList();
            if (names.isEmpty() || !names.get(0).isName()) {
                continue;
            }
            StringBuilder dotted = new StringBuilder();
            int i = 0;
            while (i < names.size() && !names.get(i).is("as")) {
                dotted.append(names.get(i++).text());
            }
            String full = base.isEmpty() ? dotted.toString() : base + "." + dotted;
            if (i + 1 < names.size()) {
                imports.put(names.get(i + 1).text(), full);
            } else if (base.isEmpty()) {
                imports.put(dotted.toString().split("\\.")[0], dotted.toString().split("\\.")[0]);
            } else {
                imports.put(dotted.toString(), full);
            }
        }
    }
}
