package dev.stacklint.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Variable substitution in one string, as the Compose Specification defines it: {@code $VAR}, {@code ${VAR}},
 * {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:?error}}, {@code ${VAR?error}},
 * {@code ${VAR:+alternative}}, {@code ${VAR+alternative}}, nesting inside the default/alternative/error text,
 * and {@code $$} for a literal dollar. Any other {@code $} is an error, as in Compose.
 */
public final class Template {

    /**
     * The outcome: the substituted text, whether any variable was referenced, and the references to unset variables
     * that became empty text (no default, no alternative): what Compose warns about and defaults to a blank string.
     */
    public record Result(String value, boolean usesVariables, List<Reference> unset) {
    }

    /** A reference to variable {@code name} at [start, end) of the template. */
    public record Reference(String name, int start, int end) {
    }

    /** A malformed reference or an unset required variable, at [start, end) of the template. */
    public static final class Error extends Exception {
        private final int start;
        private final int end;
        private final String unsetName;

        Error(int start, int end, String message) {
            this(start, end, message, null);
        }

        Error(int start, int end, String message, String unsetName) {
            super(message, null, false, false);
            this.start = start;
            this.end = end;
            this.unsetName = unsetName;
        }

        /** True when the reference is well-formed and only names a required variable that is not set at all. */
        public boolean unset() {
            return unsetName != null;
        }

        /** The required variable that is not set, when {@link #unset()}. */
        public Optional<String> unsetName() {
            return Optional.ofNullable(unsetName);
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }
    }

    private final Function<String, Optional<String>> lookup;
    /** An unset required variable ({@code ${X:?}}) is taken as unset, not as an error. */
    private final boolean requiredAsUnset;
    private boolean usesVariables;
    private final List<Reference> unset = new ArrayList<>();

    private Template(Function<String, Optional<String>> lookup, boolean requiredAsUnset) {
        this.lookup = lookup;
        this.requiredAsUnset = requiredAsUnset;
    }

    public static Result substitute(String template, Function<String, Optional<String>> lookup) throws Error {
        return substitute(template, lookup, false);
    }

    /**
     * The text as it is where the environment sets what the file requires ({@code ${DATA_DIR:?}}), with those
     * values unknown here: each such reference is an unset one, empty in the value and listed in
     * {@link Result#unset}. Malformed references are still errors.
     */
    public static Result substituteRequiredAsUnset(String template, Function<String, Optional<String>> lookup)
            throws Error {
        return substitute(template, lookup, true);
    }

    private static Result substitute(String template, Function<String, Optional<String>> lookup,
                                     boolean requiredAsUnset) throws Error {
        Template t = new Template(lookup, requiredAsUnset);
        String value = t.expand(template, 0, template.length());
        return new Result(value, t.usesVariables, List.copyOf(t.unset));
    }

    private String expand(String s, int from, int to) throws Error {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
            } else if (i + 1 < to && s.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (i + 1 < to && isNameStart(s.charAt(i + 1))) {
                int end = nameEnd(s, i + 1, to);
                usesVariables = true;
                String name = s.substring(i + 1, end);
                Optional<String> value = lookup.apply(name);
                if (value.isEmpty()) {
                    unset.add(new Reference(name, i, end));
                }
                out.append(value.orElse(""));
                i = end;
            } else if (i + 1 < to && s.charAt(i + 1) == '{') {
                int close = closingBrace(s, i + 2, to);
                if (close < 0) {
                    throw new Error(i, to, "`${` is never closed with `}`; write `$$` for a literal dollar sign");
                }
                out.append(braced(s, i, close));
                i = close + 1;
            } else {
                // a `$` that starts no reference (`$(hostname)`, `5$`, `$2a$14$`) is kept as it is, as Compose does
                out.append('$');
                i++;
            }
        }
        return out.toString();
    }

    /** Evaluates {@code ${...}} spanning [dollar, close]. */
    private String braced(String s, int dollar, int close) throws Error {
        int nameStart = dollar + 2;
        int nameEnd = nameStart < close && isNameStart(s.charAt(nameStart)) ? nameEnd(s, nameStart, close) : nameStart;
        if (nameEnd == nameStart) {
            throw new Error(dollar, close + 1, "`" + s.substring(dollar, close + 1)
                    + "` does not start with a variable name (letters, digits and `_`, not starting with a digit)");
        }
        String name = s.substring(nameStart, nameEnd);
        usesVariables = true;
        Optional<String> value = lookup.apply(name);
        if (nameEnd == close) {
            if (value.isEmpty()) {
                unset.add(new Reference(name, dollar, close + 1));
            }
            return value.orElse("");
        }
        boolean colon = s.charAt(nameEnd) == ':';
        int opAt = colon ? nameEnd + 1 : nameEnd;
        char op = opAt < close ? s.charAt(opAt) : ' ';
        if (op != '-' && op != '?' && op != '+') {
            throw new Error(dollar, close + 1, "`" + s.substring(dollar, close + 1) + "` is not a valid reference; after the"
                    + " name Compose accepts only `:-`, `-`, `:?`, `?`, `:+` or `+`");
        }
        boolean set = value.isPresent() && (!colon || !value.get().isEmpty());
        int argStart = opAt + 1;
        return switch (op) {
            case '-' -> set ? value.get() : expand(s, argStart, close);
            case '+' -> set ? expand(s, argStart, close) : "";
            default -> {
                if (set) {
                    yield value.get();
                }
                if (requiredAsUnset && value.isEmpty()) {
                    unset.add(new Reference(name, dollar, close + 1));
                    yield "";
                }
                String reason = expand(s, argStart, close).strip();
                throw new Error(dollar, close + 1, "required variable `" + name + "` is "
                        + (value.isPresent() ? "empty" : "not set") + (reason.isEmpty() ? "" : ": " + reason),
                        value.isEmpty() ? name : null);
            }
        };
    }

    /** The index of the `}` closing a `${` whose body starts at {@code from}, or -1. */
    private static int closingBrace(String s, int from, int to) {
        int depth = 1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < to && s.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int nameEnd(String s, int from, int to) {
        int i = from;
        while (i < to && (isNameStart(s.charAt(i)) || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) {
            i++;
        }
        return i;
    }
}
