package dev.stacklint.rules.stack;

import dev.stacklint.project.Stack;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

import java.util.List;

/**
 * SL311: nginx sends requests to a host name that no service of the project answers to on a network nginx shares;
 * nginx resolves it when it starts, and stops with "host not found in upstream".
 */
public final class ProxyPassUnknownService implements StackRule {
    static final RuleMeta META = new RuleMeta("SL311", "proxy-pass-unknown-service", Severity.ERROR,
            "nginx proxies to a host that is no service, alias or container_name on a network it shares.");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (RoutedPass route : RoutedPass.all(stack)) {
            NginxPass pass = route.pass();
            ComposeHosts hosts = route.hosts();
            String host = pass.host();
            if (pass.external() || hosts.container(host).isPresent() || hosts.otherwiseKnown(host)) {
                continue;
            }
            String service = "`" + route.nginx().name() + "`";
            String message = hosts.onAnotherNetwork(host)
                    ? pass.describe() + " names `" + host + "`, a service on no network it shares with " + service
                    + ": nginx cannot resolve it and does not start; put both services on one network"
                    : pass.describe() + " names host `" + host + "`, which is no service, alias or container_name"
                    + " that " + service + " can reach: nginx cannot resolve it and does not start; name "
                    + choices(hosts.names(route.nginx()));
            reporter.report(pass.hostAt().file(), pass.hostAt().span(), message);
        }
    }

    private static String choices(List<String> names) {
        if (names.isEmpty()) {
            return "the service that runs the app";
        }
        if (names.size() == 1) {
            return "the service (`" + names.get(0) + "`)";
        }
        List<String> shown = names.subList(0, Math.min(names.size(), 6));
        return "one of the services (" + String.join(", ", shown.stream().map(n -> "`" + n + "`").toList())
                + (names.size() > shown.size() ? ", …" : "") + ")";
    }
}
