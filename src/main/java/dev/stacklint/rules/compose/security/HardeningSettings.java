package dev.stacklint.rules.compose.security;

import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlScalar;

import java.util.Locale;
import java.util.Optional;

/** Reads the {@code deploy} settings the hardening rules look at, which the model does not name. */
final class HardeningSettings {
    private HardeningSettings() {
    }

    /** A scalar key's value, lower-cased and trimmed. */
    static Optional<String> scalar(YamlMapping mapping, String key) {
        return mapping.scalar(key).map(HardeningSettings::normal).filter(s -> !s.isEmpty());
    }

    /** The scalar at a dotted path of mappings ({@code deploy.resources.limits.memory}). */
    static Optional<String> path(YamlMapping mapping, String... keys) {
        YamlMapping m = mapping;
        for (int i = 0; i < keys.length - 1; i++) {
            Optional<YamlMapping> next = m.mapping(keys[i]);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            m = next.get();
        }
        return scalar(m, keys[keys.length - 1]);
    }

    private static String normal(YamlScalar s) {
        return s.text().trim().toLowerCase(Locale.ROOT);
    }
}
