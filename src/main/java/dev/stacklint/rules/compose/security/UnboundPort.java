package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.PortMapping;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Origin;

import java.util.List;

/** SL256: a port published without a host IP listens on every interface of the host. */
public final class UnboundPort extends MissingServiceSetting {
    static final RuleMeta META = new RuleMeta("SL256", "unbound-port", Severity.INFO,
            "A service publishes a port without a host IP: it listens on every interface.")
            .in(Category.HARDENING).offByDefault().alias("no-unbound-port-interfaces");

    @Override
    boolean hardened(Service service) {
        return service.ports().stream().noneMatch(p -> p.hostIp().isEmpty());
    }

    /** Each entry without a host IP: the one to bind. */
    @Override
    List<Origin> places(Service service) {
        return service.ports().stream().filter(p -> p.hostIp().isEmpty()).map(PortMapping::origin).toList();
    }

    @Override
    String message() {
        return "publishes a port without a host IP, so it listens on every interface of the host; bind it, e.g. "
                + "`127.0.0.1:8080:80`, or put a reverse proxy in front";
    }
}
