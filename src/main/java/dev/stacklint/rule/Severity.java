package dev.stacklint.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is, most serious first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    STYLE;

    /** True when this severity is as serious as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|warning|info|style} (hadolint's {@code ignore}/{@code none} are handled by callers). */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "info" -> Optional.of(INFO);
            case "style" -> Optional.of(STYLE);
            default -> Optional.empty();
        };
    }
}
