package dev.stacklint.rule;

import java.util.Locale;
import java.util.Optional;

/** What kind of problem a rule finds; selectors ({@code --select security}) take a category as well as a code. */
public enum Category {
    /** What breaks a build, a start-up or the app's behaviour. */
    CORRECTNESS,
    /** What exposes the host, the data or a secret. */
    SECURITY,
    /** Defence in depth that clean production files often skip: off by default. */
    HARDENING,
    /** Consistency and house style. */
    STYLE,
    /** Image size, build cache and start-up time. */
    PERFORMANCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> of(String label) {
        for (Category c : values()) {
            if (c.label().equalsIgnoreCase(label.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
