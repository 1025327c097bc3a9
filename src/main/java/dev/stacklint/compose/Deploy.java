package dev.stacklint.compose;

import dev.stacklint.source.Origin;
import dev.stacklint.yaml.YamlMapping;

import java.util.Optional;

/**
 * A service's {@code deploy} section, as merged: each value as written, located where it was written.
 *
 * @param replicas      {@code deploy.replicas}
 * @param restartPolicy {@code deploy.restart_policy.condition}
 * @param resources     {@code deploy.resources}, when it is a mapping
 */
public record Deploy(Optional<Located<String>> replicas, Optional<Located<String>> restartPolicy,
                     Optional<Resources> resources) {

    /**
     * {@code deploy.resources}.
     *
     * @param limits       {@code limits}, when it is a mapping
     * @param reservations {@code reservations}, when it is a mapping
     */
    public record Resources(Optional<Amounts> limits, Optional<Amounts> reservations) {
    }

    /**
     * The amounts of one {@code limits} or {@code reservations} block; a key written without a value (blank) is
     * absent, as Compose reads it.
     *
     * @param key    the block's key ({@code limits:}), where a finding about the block as a whole is reported
     * @param cpus   {@code cpus}
     * @param memory {@code memory}
     * @param pids   {@code pids}
     */
    public record Amounts(Origin key, Optional<Located<String>> cpus, Optional<Located<String>> memory,
                          Optional<Located<String>> pids) {
    }

    static Deploy of(YamlMapping service) {
        Optional<YamlMapping> deploy = service.mapping("deploy");
        return new Deploy(deploy.flatMap(d -> d.scalar("replicas")).map(Located::of),
                deploy.flatMap(d -> d.mapping("restart_policy")).flatMap(r -> r.scalar("condition")).map(Located::of),
                deploy.flatMap(d -> d.mapping("resources"))
                        .map(r -> new Resources(amounts(r, "limits"), amounts(r, "reservations"))));
    }

    private static Optional<Amounts> amounts(YamlMapping resources, String key) {
        return resources.entry(key).filter(e -> e.value() instanceof YamlMapping).map(e -> {
            YamlMapping m = (YamlMapping) e.value();
            return new Amounts(e.key().origin(), given(m, "cpus"), given(m, "memory"), given(m, "pids"));
        });
    }

    /** A scalar key with a value (not blank), as written. */
    static Optional<Located<String>> given(YamlMapping m, String key) {
        return m.scalar(key).filter(s -> !s.text().isBlank()).map(Located::of);
    }
}
