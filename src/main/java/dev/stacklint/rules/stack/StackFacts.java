package dev.stacklint.rules.stack;

import dev.stacklint.project.Container;

/** Small questions several stack rules ask of a container. */
final class StackFacts {
    private StackFacts() {
    }

    /** {@code network_mode: host} or {@code service:x}: the container's ports are not its own to publish. */
    static boolean sharesHostNetwork(Container c) {
        return c.service().flatMap(s -> s.definition().scalar("network_mode")).map(m -> m.text())
                .filter(m -> m.equals("host") || m.startsWith("service:") || m.startsWith("container:")).isPresent();
    }
}
