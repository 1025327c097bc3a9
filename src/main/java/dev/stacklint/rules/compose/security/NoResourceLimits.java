package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Deploy;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.ServiceLimits;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SL253: a service lacks a memory, CPU or pids limit; one finding names every limit it lacks. */
public final class NoResourceLimits implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL253", "no-resource-limits", Severity.INFO,
            "A service has no memory, CPU or pids limit.").in(Category.HARDENING).offByDefault();

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            Optional<Deploy.Amounts> deploy = service.deploy().resources().flatMap(Deploy.Resources::limits);
            ServiceLimits old = service.limits();
            List<String> missing = new ArrayList<>();
            if (deploy.flatMap(Deploy.Amounts::memory).or(old::memLimit).isEmpty()) {
                missing.add("memory (`deploy.resources.limits.memory`, `mem_limit`)");
            }
            if (deploy.flatMap(Deploy.Amounts::cpus).or(old::cpus).or(old::cpuQuota).or(old::cpuCount).isEmpty()) {
                missing.add("CPU (`deploy.resources.limits.cpus`, `cpus`)");
            }
            if (deploy.flatMap(Deploy.Amounts::pids).or(old::pidsLimit).isEmpty()) {
                missing.add("processes (`deploy.resources.limits.pids`, `pids_limit`)");
            }
            if (!missing.isEmpty()) {
                reporter.report(service.name().file(), service.name().span(), "`" + service.name().value()
                        + "` has no limit on " + or(missing) + ", so one leaking or attacked container can starve"
                        + " the host and its neighbours; set " + (missing.size() == 1 ? "it" : "them"));
            }
        }
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    private static String or(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
    }
}
