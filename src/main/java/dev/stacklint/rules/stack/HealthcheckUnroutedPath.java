package dev.stacklint.rules.stack;

import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.project.command.Launch;
import dev.stacklint.project.command.Server;
import dev.stacklint.project.health.HealthProbe;
import dev.stacklint.project.health.HealthProbes;
import dev.stacklint.project.health.ProbeCommand;
import dev.stacklint.project.health.ProbeTarget;
import dev.stacklint.project.python.AppRoutes;
import dev.stacklint.project.python.DjangoUrls;
import dev.stacklint.project.python.RouteTable;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rules.data.RouteExtensions;
import dev.stacklint.source.Origin;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SL315: the health check requests a port nothing in the container listens on, or a path the app does not route.
 * Ports come from the stack model (as SL303 and SL312 read them); paths from the app's code ({@link AppRoutes}),
 * or the Django project's URLconf ({@link DjangoUrls}), only when all its routes are known.
 */
public final class HealthcheckUnroutedPath implements StackRule {
    static final RuleMeta META = new RuleMeta("SL315", "healthcheck-unrouted-path", Severity.WARNING,
            "The health check requests a port the app does not listen on, or a path it does not route.");
    private static final int LISTED_ROUTES = 5;

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        Set<String> reported = new HashSet<>();
        for (Container c : stack.containers()) {
            Optional<HealthProbe> probe = HealthProbes.of(c);
            Optional<Set<Integer>> ports = c.command().knownPorts();
            if (probe.isEmpty() || ports.isEmpty() || ports.get().isEmpty() || c.sharesNetwork()) {
                continue;
            }
            for (ProbeCommand command : probe.get().commands()) {
                if (command.target().isEmpty()) {
                    continue;
                }
                ProbeTarget t = command.target().get();
                if (!ports.get().contains(t.port())) {
                    report(reporter, reported, t.portAt(), "the health check requests port " + t.port() + ", but "
                            + servers(c) + " in `" + c.name() + "` listens on " + list(ports.get())
                            + ": the check fails and the container is marked unhealthy; probe port "
                            + ports.get().iterator().next());
                    continue;
                }
                Optional<RouteTable> routes = routes(c);
                if (t.path().isPresent() && routes.isPresent() && !routes.get().serves(t.path().get())) {
                    report(reporter, reported, t.pathAt(), "the health check requests `" + t.path().get()
                            + "`, but the app routes no such path (it routes " + routed(routes.get()) + "): the check gets 404"
                            + " and the container is marked unhealthy; add the route or probe one the app has");
                }
            }
        }
    }

    private static void report(Reporter reporter, Set<String> reported, Origin at, String message) {
        if (reported.add(at.file().path() + ":" + at.span() + message)) {
            reporter.report(at.file(), at.span(), message);
        }
    }

    /**
     * The routes of the one app the container serves (a Flask, FastAPI or Starlette app, or a Django project),
     * when all are known: not under a {@code SCRIPT_NAME}, and with no package that adds routes of its own.
     */
    private static Optional<RouteTable> routes(Container c) {
        List<Launch> apps = c.command().launches().stream().filter(l -> l.server().role() == Server.Role.APP)
                .toList();
        if (apps.size() != 1 || apps.get(0).app().isEmpty() || c.variables().containsKey("SCRIPT_NAME")) {
            return Optional.empty();
        }
        return AppRoutes.of(apps.get(0).app().get()).or(() -> DjangoUrls.of(apps.get(0).app().get()))
                .filter(r -> !RouteExtensions.builtin().anyOf(r.external()));
    }

    private static String routed(RouteTable routes) {
        List<String> shown = routes.routes().stream().map(r -> r.replaceAll("/{2,}", "/")).distinct().toList();
        return shown.stream().limit(LISTED_ROUTES).map(r -> "`" + r + "`").collect(Collectors.joining(", "))
                + (shown.size() > LISTED_ROUTES ? ", …" : "");
    }

    private static String servers(Container c) {
        return c.command().launches().stream().map(l -> l.server().label()).distinct()
                .collect(Collectors.joining(", "));
    }

    private static String list(Set<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
