package dev.stacklint.rules.stack;

import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.project.command.Launch;
import dev.stacklint.project.command.Listen;
import dev.stacklint.project.command.Server;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SL312: nginx sends requests to a port the target service's app does not listen on, or speaks another protocol
 * than the app does there ({@code uwsgi_pass} to HTTP, {@code proxy_pass} to a uWSGI {@code --socket},
 * {@code fastcgi_pass} to a Python app server).
 */
public final class ProxyPassPortMismatch implements StackRule {
    static final RuleMeta META = new RuleMeta("SL312", "proxy-pass-port-mismatch", Severity.ERROR,
            "nginx proxies to a port the target's app does not listen on, or in a protocol it does not speak there.");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (RoutedPass route : RoutedPass.all(stack)) {
            NginxPass pass = route.pass();
            Container c = route.nginx();
            Optional<Container> target = route.hosts().container(pass.host());
            Optional<Set<Integer>> ports = target.flatMap(t -> t.command().knownPorts());
            if (pass.external() || target.isEmpty() || pass.port().isEmpty() || ports.isEmpty()
                    || ports.get().isEmpty() || target.get() == c) {
                continue;
            }
            int port = pass.port().getAsInt();
            Container t = target.get();
            if (!ports.get().contains(port)) {
                String listening = ports.get().stream().map(String::valueOf).collect(Collectors.joining(", "));
                reporter.report(pass.portAt().file(), pass.portAt().span(), pass.describe() + " sends to `"
                        + pass.host() + ":" + port + "`, but " + servers(t) + " in `" + t.name()
                        + "` listens on " + listening + ": every request fails with 502 Bad Gateway; use port "
                        + ports.get().iterator().next());
                continue;
            }
            protocolMismatch(pass, t, port).ifPresent(m ->
                    reporter.report(pass.statement().name().origin().file(),
                            pass.statement().name().origin().span(), m));
        }
    }

    private static Optional<String> protocolMismatch(NginxPass pass, Container target, int port) {
        for (Launch l : target.command().launches()) {
            for (Listen listen : l.listens()) {
                if (listen.unix() || listen.port().isEmpty() || listen.port().getAsInt() != port) {
                    continue;
                }
                NginxPass.Protocol speaks = listen.protocol() == Listen.Protocol.UWSGI ? NginxPass.Protocol.UWSGI
                        : NginxPass.Protocol.HTTP;
                if (pass.protocols().size() != 1 || pass.protocols().contains(speaks)
                        || pass.protocols().contains(NginxPass.Protocol.GRPC)) {
                    return Optional.empty();
                }
                NginxPass.Protocol sends = pass.protocols().iterator().next();
                return Optional.of(pass.describe() + " speaks " + sends.label + " to `" + pass.host() + ":" + port
                        + "`, but " + l.server().label() + " speaks " + speaks.label + " there: every request fails"
                        + " with 502 Bad Gateway; " + fix(sends, speaks, l.server()));
            }
        }
        return Optional.empty();
    }

    private static String fix(NginxPass.Protocol sends, NginxPass.Protocol speaks, Server server) {
        if (speaks == NginxPass.Protocol.UWSGI) {
            return "use `uwsgi_pass` with `include uwsgi_params;`, or start uWSGI with `--http-socket`";
        }
        if (server == Server.UWSGI) {
            return sends == NginxPass.Protocol.UWSGI ? "start uWSGI with `--socket` instead of `--http`"
                    : "use `proxy_pass http://…`, or start uWSGI with `--socket`";
        }
        return "use `proxy_pass http://…`";
    }

    private static String servers(Container c) {
        return c.command().launches().stream().map(l -> l.server().label()).distinct()
                .collect(Collectors.joining(", "));
    }
}
