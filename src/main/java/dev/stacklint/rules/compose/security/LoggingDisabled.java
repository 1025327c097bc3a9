package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;

/** SL258: {@code logging.driver: none} throws the container's output away. */
public final class LoggingDisabled implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL258", "logging-disabled", Severity.INFO,
            "A service sets `logging.driver: none`, so nothing it writes is kept.").in(Category.HARDENING)
            .offByDefault();

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            service.loggingDriver().filter(d -> d.value().trim().toLowerCase(Locale.ROOT).equals("none"))
                    .ifPresent(d -> reporter.report(d.file(), d.span(), "`"
                            + service.name().value() + "` logs nowhere (`logging.driver: none`): `docker logs` shows"
                            + " nothing and an incident leaves no trace; keep a driver (the default `json-file` with"
                            + " `max-size`, or `local`)"));
        }
    }
}
