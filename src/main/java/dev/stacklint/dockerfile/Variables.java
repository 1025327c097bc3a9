package dev.stacklint.dockerfile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The build arguments and environment variables in force at one point of a Dockerfile (see {@link Scope}),
 * and variable expansion as Docker applies it to FROM, ENV, ARG, WORKDIR, USER, EXPOSE, COPY, LABEL...
 *
 * <p>A value is <em>known</em> when the Dockerfile fixes it (an ENV, an ARG default). An ARG without default
 * may be given with {@code --build-arg}, and inside a stage an undeclared name may come from the base image's
 * environment: such values are unknown, and so is every expansion that depends on them. In FROM lines an
 * undeclared name expands to the empty string, as Docker does.
 *
 * <p>Limitation: {@link Word#value()} has quotes and escapes already removed, so a {@code $} that was escaped
 * or single-quoted in the source is read as a reference here.
 */
public final class Variables {
    private final Map<String, Optional<String>> args;
    private final Map<String, Optional<String>> env;
    private final boolean global;

    Variables(Map<String, Optional<String>> args, Map<String, Optional<String>> env, boolean global) {
        this.args = Collections.unmodifiableMap(args);
        this.env = Collections.unmodifiableMap(env);
        this.global = global;
    }

    /** The known value of a name: ENV first, then ARG (Docker lets ENV override an ARG of the same name). */
    public Optional<String> get(String name) {
        Optional<String> e = env.get(name);
        if (e != null) {
            return e;
        }
        Optional<String> a = args.get(name);
        return a != null ? a : Optional.empty();
    }

    /** True when an ENV or ARG in scope declares the name (whether or not its value is known). */
    public boolean isDeclared(String name) {
        return env.containsKey(name) || args.containsKey(name);
    }

    /** The environment variables set by ENV in this stage and the stages it builds on; empty when unknown. */
    public Map<String, Optional<String>> env() {
        return env;
    }

    /**
     * These variables as a build that passes {@code buildArgs} sees them ({@code --build-arg}, Compose's
     * {@code build.args}): a declared ARG takes the given value over its default; undeclared names stay unset.
     */
    public Variables withBuildArgs(Map<String, String> buildArgs) {
        Map<String, Optional<String>> given = new LinkedHashMap<>(args);
        given.replaceAll((name, value) -> buildArgs.containsKey(name) ? Optional.of(buildArgs.get(name)) : value);
        return new Variables(given, env, global);
    }

    /** The build arguments declared in scope; empty when their value is unknown. */
    public Map<String, Optional<String>> args() {
        return args;
    }

    /**
     * Expands {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-word}}, {@code ${NAME-word}}, {@code ${NAME:+word}},
     * {@code ${NAME+word}}, {@code ${NAME:?msg}} and {@code ${NAME?msg}}; empty when the result depends on a
     * value that is not known (or on a modifier such as {@code ${NAME%suffix}}).
     */
    public Optional<String> resolve(String text) {
        return Optional.ofNullable(expand(text, 0));
    }

    /** Null stands for "not known" throughout. */
    private String expand(String text, int depth) {
        if (depth > 8) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
            } else if (text.charAt(i + 1) == '{') {
                int close = closingBrace(text, i + 2);
                if (close < 0) {
                    return null;
                }
                String part = braced(text.substring(i + 2, close), depth);
                if (part == null) {
                    return null;
                }
                out.append(part);
                i = close + 1;
            } else if (Chars.isNameStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && Chars.isNameChar(text.charAt(end))) {
                    end++;
                }
                Ref ref = lookup(text.substring(i + 1, end));
                if (ref.unknown()) {
                    return null;
                }
                out.append(ref.value() == null ? "" : ref.value());
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private String braced(String inner, int depth) {
        int end = 0;
        while (end < inner.length() && Chars.isNameChar(inner.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        Ref ref = lookup(inner.substring(0, end));
        String rest = inner.substring(end);
        if (ref.unknown()) {
            return null;
        }
        if (rest.isEmpty()) {
            return ref.value() == null ? "" : ref.value();
        }
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(1) : rest;
        if (op.isEmpty()) {
            return null;
        }
        boolean set = colon ? ref.value() != null && !ref.value().isEmpty() : ref.value() != null;
        String word = op.substring(1);
        return switch (op.charAt(0)) {
            case '-' -> set ? ref.value() : expand(word, depth + 1);
            case '+' -> set ? expand(word, depth + 1) : "";
            case '?' -> set ? ref.value() : null;
            default -> null;
        };
    }

    /** A name's state: {@code value} null means unset; {@code unknown} means it cannot be told. */
    private record Ref(String value, boolean unknown) {
    }

    private Ref lookup(String name) {
        Optional<String> v = env.containsKey(name) ? env.get(name) : args.get(name);
        if (v != null) {
            return v.map(s -> new Ref(s, false)).orElse(new Ref(null, true));
        }
        return global ? new Ref(null, false) : new Ref(null, true);
    }
}
