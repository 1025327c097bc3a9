package dev.stacklint.dockerfile.shell;

import java.util.List;

/** A piece of a shell word, so that callers who know the environment can expand it. */
public sealed interface WordPart {

    /** Text taken as it is (after quote removal). */
    record Text(String text) implements WordPart {
    }

    /**
     * {@code $NAME} or {@code ${NAME<op><word>}}; {@code op} is empty, {@code :-}, {@code -}, {@code :=},
     * {@code =}, {@code :+}, {@code +}, {@code :?} or {@code ?}.
     */
    record Variable(String name, String op, String word) implements WordPart {
    }

    /** {@code $@} or {@code $*}: the script's arguments. */
    record Arguments() implements WordPart {
    }

    /** Something whose value is only known when it runs: {@code $(...)}, backquotes, {@code $1}, {@code $?}. */
    record Dynamic() implements WordPart {
    }

    /** The part for the inside of {@code ${...}}. */
    static WordPart braced(String inner) {
        int j = 0;
        while (j < inner.length() && (Character.isLetterOrDigit(inner.charAt(j)) || inner.charAt(j) == '_')) {
            j++;
        }
        String name = inner.substring(0, j);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return inner.equals("@") || inner.equals("*") ? new Arguments() : new Dynamic();
        }
        String rest = inner.substring(j);
        for (String op : List.of(":-", ":=", ":+", ":?", "-", "=", "+", "?")) {
            if (rest.startsWith(op)) {
                return new Variable(name, op, rest.substring(op.length()));
            }
        }
        return rest.isEmpty() ? new Variable(name, "", "") : new Dynamic();
    }
}
