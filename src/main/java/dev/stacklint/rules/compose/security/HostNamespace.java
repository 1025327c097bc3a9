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

import java.util.Map;

/** SL233: a service shares one of the host's namespaces ({@code network_mode: host}, {@code pid: host}...). */
public final class HostNamespace implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL233", "host-namespace", Severity.WARNING,
            "A service shares a host namespace: network, PID, IPC, user, UTS or cgroup.").in(Category.SECURITY);
    private static final Map<String, String> WHAT = Map.of(
            "network_mode", "the host's network: it can bind any host port and reach services listening on localhost",
            "pid", "the host's processes: it can see and signal every process on the host",
            "ipc", "the host's shared memory and semaphores",
            "userns_mode", "the host's user namespace, so root in it is root on the host even where remapping is on",
            "uts", "the host's hostname, which it can change",
            "cgroup", "the host's cgroup namespace");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            service.isolation().namespaces().forEach((key, v) -> {
                if (v.value().trim().equalsIgnoreCase("host")) {
                    report(service, key, v, reporter);
                }
            });
        }
    }

    private static void report(Service service, String key, Located<String> value, Reporter reporter) {
        reporter.report(value.file(), value.span(), "`" + service.name().value() + "` sets `" + key + ": host` and so"
                + " shares " + WHAT.get(key) + "; drop it unless the service really needs the host's namespace");
    }
}
