package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;
import java.util.Map;

/**
 * SL234: {@code cap_add} of a capability that lets a process break out of the container. NET_ADMIN only counts
 * with the host's network: in the container's own network namespace it is what VPNs and DHCP servers need.
 */
public final class DangerousCapability implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL234", "dangerous-capability", Severity.WARNING,
            "A service adds a capability that reaches past the container (ALL, SYS_ADMIN, SYS_MODULE...).")
            .in(Category.SECURITY);
    private static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("ALL", "every capability, as good as privileged"),
            Map.entry("SYS_ADMIN", "mounts, namespaces and much more: the usual way out of a container"),
            Map.entry("SYS_MODULE", "loading kernel modules into the host's kernel"),
            Map.entry("SYS_RAWIO", "raw access to the host's I/O ports and memory"),
            Map.entry("SYS_PTRACE", "tracing, and so reading and changing, other processes"),
            Map.entry("SYS_BOOT", "rebooting the host"),
            Map.entry("SYS_TIME", "setting the host's clock"),
            Map.entry("BPF", "loading eBPF programs into the host's kernel"),
            Map.entry("PERFMON", "kernel performance monitoring, often enough to read kernel memory"),
            Map.entry("DAC_READ_SEARCH", "reading any file it can open a handle to, host files included"),
            Map.entry("MAC_ADMIN", "changing the mandatory access control policy"));

    private static boolean sharesHostNetwork(Service service) {
        return service.isolation().networkMode().filter(m -> m.value().trim().equalsIgnoreCase("host")).isPresent();
    }

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            for (Located<String> cap : service.isolation().capAdd()) {
                String name = cap.value().toUpperCase(Locale.ROOT);
                name = name.startsWith("CAP_") ? name.substring(4) : name;
                String why = name.equals("NET_ADMIN") && sharesHostNetwork(service)
                        ? "with `network_mode: host`, changing the host's own firewall, routes and interfaces"
                        : WHY.get(name);
                if (why != null) {
                    reporter.report(cap.file(), cap.span(), "`" + service.name().value() + "` adds " + name + ": "
                            + why + "; add only the narrower capability the service needs");
                }
            }
        }
    }
}
