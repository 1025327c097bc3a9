package dev.stacklint.config;

import dev.stacklint.rule.Severity;

import java.util.Locale;
import java.util.Optional;

/**
 * The least severe finding that makes the run fail (exit 1); {@link #NEVER} for {@code none}.
 *
 * @param least the least severity that fails; empty when nothing does
 */
public record FailureThreshold(Optional<Severity> least) {
    public static final FailureThreshold NEVER = new FailureThreshold(Optional.empty());
    public static final FailureThreshold DEFAULT = of(Severity.ERROR);

    public static FailureThreshold of(Severity s) {
        return new FailureThreshold(Optional.of(s));
    }

    public boolean fails(Severity s) {
        return least.map(s::atLeast).orElse(false);
    }

    /** {@code error|warning|info|style}, or {@code none} (hadolint's {@code ignore} too) for never. */
    public static Optional<FailureThreshold> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("none") || t.equals("ignore")) {
            return Optional.of(NEVER);
        }
        return Severity.parse(t).map(FailureThreshold::of);
    }
}
