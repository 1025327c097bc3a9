package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** SL256: a port published without a host IP listens on every interface of the host. */
public final class UnboundPort extends MissingServiceSetting {
    static final RuleMeta META = new RuleMeta("SL256", "unbound-port", Severity.INFO,
            "A service publishes a port without a host IP: it listens on every interface.")
            .in(Category.HARDENING).offByDefault().alias("no-unbound-port-interfaces");

    @Override
    boolean hardened(Service service) {
        return service.ports().stream().noneMatch(p -> p.hostIp().isEmpty());
    }

    @Override
    String message() {
        return "publishes a port without a host IP, so it listens on every interface of the host; bind it, e.g. "
                + "`127.0.0.1:8080:80`, or put a reverse proxy in front";
    }
}
