package dev.stacklint.compose;

import dev.stacklint.source.Origin;

/**
 * One {@code depends_on} entry (list or mapping form).
 *
 * @param service   the service depended on, located at its name
 * @param condition service_started (the default), service_healthy or service_completed_successfully
 * @param required  false when Compose may start without it ({@code required: false})
 * @param restart   {@code restart: true}
 * @param origin    the entry (its service name)
 */
public record Dependency(Located<String> service, String condition, boolean required, boolean restart, Origin origin) {
    public static final String STARTED = "service_started";
    public static final String HEALTHY = "service_healthy";
}
