package dev.stacklint.compose;

import dev.stacklint.source.Origin;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlSequence;

import java.util.List;
import java.util.Optional;

/**
 * A service's {@code develop} section, as merged.
 *
 * @param watch {@code develop.watch}, its rules in order (an item that is not a mapping is left out)
 */
public record Develop(List<Watch> watch) {

    /**
     * One {@code develop.watch} rule, each value as written.
     *
     * @param origin the rule's mapping
     * @param path   {@code path}, on the host
     * @param action {@code action} ({@code sync}, {@code rebuild}, {@code sync+restart}…)
     * @param target {@code target}, in the container
     * @param ignore {@code ignore}
     */
    public record Watch(Origin origin, Optional<Located<String>> path, Optional<Located<String>> action,
                        Optional<Located<String>> target, List<Located<String>> ignore) {
    }

    static Develop of(YamlMapping service) {
        return new Develop(service.mapping("develop").flatMap(d -> d.sequence("watch")).map(YamlSequence::items)
                .orElse(List.of()).stream().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast)
                .map(w -> new Watch(w.origin(), string(w, "path"), string(w, "action"), string(w, "target"),
                        w.sequence("ignore").map(ModelBuilder::scalars).orElse(List.of())))
                .toList());
    }

    private static Optional<Located<String>> string(YamlMapping m, String key) {
        return m.scalar(key).map(Located::of);
    }
}
