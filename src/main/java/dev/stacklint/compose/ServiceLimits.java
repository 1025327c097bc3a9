package dev.stacklint.compose;

import dev.stacklint.yaml.YamlMapping;

import java.util.Optional;

/**
 * The limits a service sets with the service-level keys Compose had before {@code deploy.resources} (and still
 * reads), each as written; a key written without a value (blank) is absent.
 *
 * @param memLimit       {@code mem_limit}
 * @param memReservation {@code mem_reservation}
 * @param cpus           {@code cpus}
 * @param cpuQuota       {@code cpu_quota}
 * @param cpuCount       {@code cpu_count}
 * @param pidsLimit      {@code pids_limit}
 */
public record ServiceLimits(Optional<Located<String>> memLimit, Optional<Located<String>> memReservation,
                            Optional<Located<String>> cpus, Optional<Located<String>> cpuQuota,
                            Optional<Located<String>> cpuCount, Optional<Located<String>> pidsLimit) {

    static ServiceLimits of(YamlMapping service) {
        return new ServiceLimits(Deploy.given(service, "mem_limit"), Deploy.given(service, "mem_reservation"),
                Deploy.given(service, "cpus"), Deploy.given(service, "cpu_quota"), Deploy.given(service, "cpu_count"),
                Deploy.given(service, "pids_limit"));
    }
}
