package dev.stacklint.config;

import java.util.Locale;
import java.util.Optional;

/** Whether a Compose file describes a production deployment or a developer's setup ({@code --env}, {@code environments}). */
public enum Deployment {
    PRODUCTION,
    DEVELOPMENT;

    /** {@code prod|production|dev|development}. */
    public static Optional<Deployment> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "prod", "production" -> Optional.of(PRODUCTION);
            case "dev", "development" -> Optional.of(DEVELOPMENT);
            default -> Optional.empty();
        };
    }
}
