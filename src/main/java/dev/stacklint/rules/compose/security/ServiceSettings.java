package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.yaml.YamlMapping;
import dev.stacklint.compose.yaml.YamlNode;
import dev.stacklint.compose.yaml.YamlScalar;
import dev.stacklint.compose.yaml.YamlSequence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the service keys the security rules look at, as written (after merge and interpolation). */
final class ServiceSettings {
    private ServiceSettings() {
    }

    /** A scalar key's text, lower-cased and trimmed, with where it is. */
    static Optional<Located<String>> scalar(Service service, String key) {
        return service.definition().scalar(key)
                .map(s -> new Located<>(s.text().trim().toLowerCase(Locale.ROOT), s.origin()));
    }

    /**
     * The items of a list key ({@code cap_add}, {@code security_opt}, {@code devices}); a lone scalar is one item, and
     * a long-form item ({@code {source: /dev/sda, target: ...}}) stands for its {@code source}.
     */
    static List<Located<String>> items(Service service, String key) {
        YamlNode node = service.definition().get(key).orElse(null);
        if (node instanceof YamlSequence seq) {
            return seq.items().stream().map(i -> i instanceof YamlMapping m ? m.scalar("source").orElse(null) : i)
                    .filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                    .map(s -> new Located<>(s.text().trim(), s.origin())).toList();
        }
        if (node instanceof YamlScalar s && !s.text().isBlank()) {
            return List.of(new Located<>(s.text().trim(), s.origin()));
        }
        return List.of();
    }

    /** True for {@code true} (and YAML 1.1's spellings of it, which Compose still reads). */
    static boolean isTrue(Located<String> value) {
        return switch (value.value()) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }
}
