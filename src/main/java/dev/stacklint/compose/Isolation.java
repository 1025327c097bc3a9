package dev.stacklint.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What sets a service's container apart from the host and from other containers, as written (after merge and
 * interpolation): the namespaces it joins, its privileges, its root filesystem. A namespace key is its text as
 * written; a flag is true for {@code true} and the YAML 1.1 spellings Compose still reads ({@code yes}, {@code on});
 * a list key written as a lone scalar is one item, each item trimmed, and a long-form item
 * ({@code {source: /dev/sda, target: ...}}) stands for its {@code source}.
 *
 * @param networkMode {@code network_mode}
 * @param pid         {@code pid}
 * @param ipc         {@code ipc}
 * @param usernsMode  {@code userns_mode}
 * @param uts         {@code uts}
 * @param cgroup      {@code cgroup}
 * @param privileged  {@code privileged}
 * @param readOnly    {@code read_only}
 * @param capAdd      {@code cap_add}
 * @param capDrop     {@code cap_drop}
 * @param securityOpt {@code security_opt}
 * @param devices     {@code devices}
 * @param tmpfs       {@code tmpfs}, each a path with its options ({@code /run:size=64m})
 */
public record Isolation(Optional<Located<String>> networkMode, Optional<Located<String>> pid,
                        Optional<Located<String>> ipc, Optional<Located<String>> usernsMode,
                        Optional<Located<String>> uts, Optional<Located<String>> cgroup,
                        Optional<Located<Boolean>> privileged, Optional<Located<Boolean>> readOnly,
                        List<Located<String>> capAdd, List<Located<String>> capDrop,
                        List<Located<String>> securityOpt, List<Located<String>> devices,
                        List<Located<String>> tmpfs) {

    /** The namespace keys that are set, by key, in the order Compose documents them. */
    public Map<String, Located<String>> namespaces() {
        Map<String, Located<String>> out = new LinkedHashMap<>();
        networkMode.ifPresent(v -> out.put("network_mode", v));
        pid.ifPresent(v -> out.put("pid", v));
        ipc.ifPresent(v -> out.put("ipc", v));
        usernsMode.ifPresent(v -> out.put("userns_mode", v));
        uts.ifPresent(v -> out.put("uts", v));
        cgroup.ifPresent(v -> out.put("cgroup", v));
        return out;
    }

    /**
     * {@code network_mode: host}, {@code service:x} or {@code container:x}: the container does not have a network
     * namespace of its own, so its ports are not its own to publish.
     */
    public boolean sharesNetwork() {
        return networkMode.map(Located::value)
                .filter(m -> m.equals("host") || m.startsWith("service:") || m.startsWith("container:")).isPresent();
    }
}
