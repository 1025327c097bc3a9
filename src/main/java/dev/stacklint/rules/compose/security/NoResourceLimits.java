package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** SL253: A service has no memory limit. */
public final class NoResourceLimits extends MissingServiceSetting {
    static final RuleMeta META = new RuleMeta("SL253", "no-resource-limits", Severity.INFO, Target.COMPOSE,
            "A service has no memory limit.").in(Category.HARDENING).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean hardened(Service service) {
        return HardeningSettings.scalar(service.definition(), "mem_limit").isPresent() || HardeningSettings.path(service.definition(), "deploy", "resources", "limits", "memory").isPresent();
    }

    @Override
    String message() {
        return "has no memory limit, so it can starve the host and its neighbours; set `deploy.resources.limits.memory` (or `mem_limit`)";
    }
}
