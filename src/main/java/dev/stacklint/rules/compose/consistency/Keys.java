package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.Service;
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlScalar;

import java.util.Optional;

/** Reads service keys the model does not name, as merged, by a path of mapping keys. */
final class Keys {
    private Keys() {
    }

    /** The mapping at {@code path} under the service ({@code "deploy", "resources", "limits"}). */
    static Optional<YamlMapping> mapping(Service service, String... path) {
        Optional<YamlMapping> m = Optional.of(service.definition());
        for (String key : path) {
            m = m.flatMap(x -> x.mapping(key));
        }
        return m;
    }

    /** The non-null scalar {@code key} of the mapping at {@code path}. */
    static Optional<YamlScalar> scalar(Service service, String key, String... path) {
        return mapping(service, path).flatMap(m -> m.scalar(key)).filter(s -> !s.text().isBlank());
    }

    /** The entry {@code key} of the mapping at {@code path}, for reporting at its key. */
    static Optional<YamlEntry> entry(Service service, String key, String... path) {
        return mapping(service, path).flatMap(m -> m.entry(key));
    }

    /** True when the two services run together under some natural choice of profiles: one of them always runs, or
     * they share a profile. Services in disjoint profiles are alternatives (a CPU and a GPU variant). */
    static boolean activeTogether(Service a, Service b) {
        return a.inDefaultProfile() || b.inDefaultProfile()
                || a.profiles().stream().anyMatch(p -> b.profiles().stream().anyMatch(q -> q.value().equals(p.value())));
    }

    /** Where {@code first} is, as seen from a finding at {@code here}: its line, with its file when another. */
    static String where(Origin first, Origin here) {
        return (first.file() == here.file() ? "line " : first.file().displayPath() + ":") + first.start().line();
    }

    static String quoted(String name) {
        return "`" + name + "`";
    }
}
