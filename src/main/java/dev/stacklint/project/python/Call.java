package dev.stacklint.project.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The arguments of a call at the token level: each a list of tokens, split at the top-level commas. */
record Call(List<List<PyToken>> args) {

    /** The call whose name is the token at {@code name} (followed by {@code (}). */
    static Call at(List<PyToken> t, int name) {
        List<List<PyToken>> args = new ArrayList<>();
        List<PyToken> current = new ArrayList<>();
        int depth = 0;
        for (int i = name + 1; i < t.size(); i++) {
            PyToken tok = t.get(i);
            if (tok.is("(") || tok.is("[") || tok.is("{")) {
                if (depth++ == 0) {
                    continue;
                }
            } else if (tok.is(")") || tok.is("]") || tok.is("}")) {
                if (--depth == 0) {
                    break;
                }
            } else if (depth == 1 && tok.is(",")) {
                args.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(tok);
        }
        if (!current.isEmpty()) {
            args.add(current);
        }
        return new Call(args);
    }

    /** The literal string of the {@code n}th positional argument; empty when it is missing or not a literal. */
    Optional<String> positional(int n) {
        List<List<PyToken>> positional = args.stream().filter(a -> !keywordArg(a)).toList();
        return n < positional.size() ? literal(positional.get(n)) : Optional.empty();
    }

    boolean hasKeyword(String name) {
        return args.stream().anyMatch(a -> keywordArg(a) && a.get(0).text().equals(name));
    }

    /** The literal string of keyword argument {@code name}; empty when it is missing or not a literal. */
    Optional<String> keyword(String name) {
        return args.stream().filter(a -> keywordArg(a) && a.get(0).text().equals(name)).findFirst()
                .flatMap(a -> literal(a.subList(2, a.size())));
    }

    /** The last name of the first argument when it is a plain (dotted) name: {@code bp} for {@code views.bp}. */
    Optional<String> lastNameOfFirst() {
        if (args.isEmpty() || keywordArg(args.get(0))) {
            return Optional.empty();
        }
        List<PyToken> a = args.get(0);
        for (int i = 0; i < a.size(); i++) {
            if (i % 2 == 0 ? !a.get(i).isName() : !a.get(i).is(".")) {
                return Optional.empty();
            }
        }
        return a.size() % 2 == 1 ? Optional.of(a.get(a.size() - 1).text()) : Optional.empty();
    }

    private static boolean keywordArg(List<PyToken> a) {
        return a.size() >= 2 && a.get(0).isName() && a.get(1).is("=");
    }

    /** One string, or adjacent strings Python joins; f-strings with fields are not literals. */
    private static Optional<String> literal(List<PyToken> a) {
        if (a.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        for (PyToken tok : a) {
            if (tok.kind() != PyToken.Kind.STRING || tok.value().isEmpty()) {
                return Optional.empty();
            }
            s.append(tok.value().get());
        }
        return Optional.of(s.toString());
    }
}
