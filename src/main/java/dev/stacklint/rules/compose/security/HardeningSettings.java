package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Service;
import dev.stacklint.compose.yaml.YamlMapping;
import dev.stacklint.compose.yaml.YamlNode;
import dev.stacklint.compose.yaml.YamlScalar;
import dev.stacklint.compose.yaml.YamlSequence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the service keys the hardening rules look at (after merge and interpolation). */
final class HardeningSettings {
    private HardeningSettings() {
    }

    /** The items of a list key, lower-cased and trimmed; a lone scalar is one item. */
    static List<String> items(Service service, String key) {
        YamlNode node = service.definition().get(key).orElse(null);
        if (node instanceof YamlSequence seq) {
            return seq.items().stream().filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                    .map(HardeningSettings::normal).toList();
        }
        return node instanceof YamlScalar s ? List.of(normal(s)) : List.of();
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

    static boolean isTrue(String value) {
        return switch (value) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    private static String normal(YamlScalar s) {
        return s.text().trim().toLowerCase(Locale.ROOT);
    }
}
