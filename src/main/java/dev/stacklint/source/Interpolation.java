package dev.stacklint.source;

/**
 * How Dockerfiles and Compose files write a variable: a {@code $} starts one ({@code $X}, {@code ${X:-default}}, an
 * escaped {@code $$} included, whose value only the build or the run knows for sure).
 */
public final class Interpolation {
    private Interpolation() {
    }

    /** True when {@code text} (a value, or a part of one) holds no variable reference. */
    public static boolean literal(String text) {
        return text.indexOf('$') < 0;
    }
}
