package dev.stacklint.project.python;

import java.util.ArrayList;
import java.util.List;

/** Small questions about a run of Python tokens: dotted names, brackets, separators, assignments. */
final class Tokens {
    private Tokens() {
    }

    /** A call by name: the (dotted) name starts at {@code name}, its {@code (} is at {@code open}. */
    record CallSite(int name, int open) {
    }

    /** The calls by name in a statement ({@code f(}, {@code a.b.c(}), left to right; a method of a call's result
     * ({@code f().g(}) is not one. */
    static List<CallSite> calls(List<PyToken> t) {
        List<CallSite> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (!t.get(k).isName() || (k > 0 && t.get(k - 1).is("."))) {
                continue;
            }
            int end = dottedEnd(t, k);
            if (end < t.size() && t.get(end).is("(")) {
                out.add(new CallSite(k, end));
                k = end - 1;
            }
        }
        return out;
    }

    /** The dotted name starting at {@code k}, as written. */
    static String dotted(List<PyToken> t, int k) {
        StringBuilder sb = new StringBuilder();
        int end = dottedEnd(t, k);
        for (PyToken x : t.subList(k, end)) {
            sb.append(x.text());
        }
        return sb.toString();
    }

    /** The index after a dotted name {@code a.b.c} starting at {@code k}. */
    static int dottedEnd(List<PyToken> t, int k) {
        int j = k + 1;
        while (j + 1 < t.size() && t.get(j).is(".") && t.get(j + 1).isName()) {
            j += 2;
        }
        return j;
    }

    static int indexOf(List<PyToken> t, String text) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).is(text)) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the bracket closing the one at {@code open}, or the list size. */
    static int matching(List<PyToken> t, int open) {
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            PyToken x = t.get(k);
            if (x.is("(") || x.is("[") || x.is("{")) {
                depth++;
            } else if ((x.is(")") || x.is("]") || x.is("}")) && --depth == 0) {
                return k;
            }
        }
        return t.size();
    }

    /** Splits tokens on a separator at bracket depth 0. */
    static List<List<PyToken>> split(List<PyToken> t, String sep) {
        List<List<PyToken>> out = new ArrayList<>();
        List<PyToken> part = new ArrayList<>();
        int depth = 0;
        for (PyToken x : t) {
            if (x.is("(") || x.is("[") || x.is("{")) {
                depth++;
            } else if (x.is(")") || x.is("]") || x.is("}")) {
                depth--;
            }
            if (depth == 0 && x.is(sep)) {
                out.add(part);
                part = new ArrayList<>();
            } else {
                part.add(x);
            }
        }
        out.add(part);
        return out;
    }

    /**
     * The items of a list written with separators at bracket depth 0: as {@link #split}, without the empty part a
     * trailing separator ({@code [a, b,]}) or no tokens at all would leave.
     */
    static List<List<PyToken>> items(List<PyToken> t, String sep) {
        List<List<PyToken>> parts = split(t, sep);
        if (parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /** The index of the first token after {@code =} in {@code NAME = ...} or {@code NAME: T = ...}, else -1. */
    static int assignmentValue(List<PyToken> t) {
        if (t.size() < 3 || !t.get(0).isName()) {
            return -1;
        }
        if (t.get(1).is("=")) {
            return 2;
        }
        if (t.get(1).is(":")) {
            for (int k = 2; k < t.size(); k++) {
                if (t.get(k).is("=")) {
                    return k + 1;
                }
            }
        }
        return -1;
    }
}
