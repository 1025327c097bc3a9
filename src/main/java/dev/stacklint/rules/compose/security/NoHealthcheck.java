package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** SL255: A service has no Compose healthcheck. */
public final class NoHealthcheck extends MissingServiceSetting {
    static final RuleMeta META = new RuleMeta("SL255", "no-healthcheck", Severity.INFO, Target.COMPOSE,
            "A service has no Compose healthcheck.").in(Category.HARDENING).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean hardened(Service service) {
        return service.healthcheck().isPresent();
    }

    @Override
    String message() {
        return "has no `healthcheck`, so Compose cannot tell a hung container from a healthy one; add one (or `healthcheck: {disable: true}` to say so)";
    }
}
