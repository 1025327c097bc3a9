package dev.stacklint.rules.stack;

import dev.stacklint.compose.Dependency;
import dev.stacklint.compose.Healthcheck;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.image.ImageReference;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rules.compose.DatabaseServer;
import dev.stacklint.rules.data.DatabaseImages;
import dev.stacklint.rules.data.WaitingImages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SL203: {@code depends_on} a database or broker that Compose will not wait for. A stack rule so that a service
 * building its image from a database image is known as one too.
 */
public final class DependsOnNotReady implements StackRule {
    static final RuleMeta META = new RuleMeta("SL203", "depends-on-not-ready", Severity.WARNING,
            "`depends_on` a database or broker without `condition: service_healthy` and a healthcheck on it.")
            .fixable(Fix.Safety.SAFE);

    /** Database web consoles: they connect when someone logs in, so an early start does them no harm. */
    private static final Set<String> ADMIN_UIS = Set.of("adminer", "phpmyadmin", "phpmyadmin/phpmyadmin",
            "dpage/pgadmin4");
    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        DatabaseImages databases = ctx.tables().databases();
        Map<String, Container> byName = new HashMap<>();
        stack.containers().forEach(c -> c.service().ifPresent(s -> byName.put(s.name().value(), c)));
        for (Container c : stack.containers()) {
            if (c.service().isEmpty() || c.runImage().map(i -> ADMIN_UIS.contains(ImageReference.parse(i).name()))
                    .orElse(false) || completedByAddOn(stack, c.service().get())) {
                continue;
            }
            for (Dependency d : c.service().get().dependsOn()) {
                Optional<Container> target = Optional.ofNullable(byName.get(d.service().value()));
                Optional<DatabaseImages.Entry> db = target.flatMap(t -> DatabaseServer.of(t, databases));
                if (db.isEmpty()) {
                    continue;
                }
                String name = d.service().value();
                boolean healthcheck = healthcheck(target.get());
                if (d.condition().equals(Dependency.STARTED) && d.required()
                        && !waitsItself(c, target.get(), db.get().product())) {
                    reporter.report(d.origin().file(), d.origin().span(), "`depends_on: " + name + "` only waits for"
                            + " the container to start, not for " + db.get().product() + " to accept connections;"
                            + " use `condition: service_healthy`" + (healthcheck ? "" : " and give " + name
                            + " a healthcheck"), healthcheck ? stack.compose().flatMap(p -> HealthyCondition.of(p,
                            c.service().get().name().value(), d)).orElse(null) : null);
                } else if (d.condition().equals(Dependency.HEALTHY) && !healthcheck) {
                    reporter.report(d.origin().file(), d.origin().span(), "`" + name + "` has no healthcheck, so"
                            + " `condition: service_healthy` can never be met; add a healthcheck to " + name);
                }
            }
        }
    }

    /**
     * A service of a base that an add-on laid over it defines too (coolify's {@code docker-compose.yml}, whose
     * {@code docker-compose.prod.yml} sets {@code condition: service_healthy}): its dependencies are the add-on's to
     * complete, and the base alone is never run.
     */
    private static boolean completedByAddOn(Stack stack, Service s) {
        return stack.compose().map(p -> p.companions().completedByAddOn(s.name().value())).orElse(false);
    }

    /**
     * The dependent waits for the dependency itself before its program starts: its command (or the entrypoint
     * script it runs) checks the service ({@code wait-for-it}, {@code nc -z}, {@code pg_isready} loops...), or it
     * runs a published image known to wait in its own start script.
     */
    private static boolean waitsItself(Container dependent, Container dependency, String product) {
        List<String> names = new ArrayList<>();
        dependency.service().ifPresent(s -> {
            names.add(s.name().value());
            s.containerName().ifPresent(n -> names.add(n.value()));
            s.hostname().map(Located::value).ifPresent(names::add);
        });
        if (dependent.command().waitsFor(names, product)) {
            return true;
        }
        Optional<Service> s = dependent.service();
        if (dependent.image().isPresent() || s.isEmpty() || s.get().literalImage().isEmpty()) {
            return false;
        }
        Optional<String> entrypoint = s.get().entrypoint().map(dev.stacklint.compose.Command::words)
                .filter(w -> !w.isEmpty()).map(w -> w.get(0));
        return WaitingImages.builtin().waits(s.get().literalImage().get().value().reference(), entrypoint, product);
    }

    /** Compose's healthcheck, or the built image's HEALTHCHECK when Compose disables none and gives no test. */
    private static boolean healthcheck(Container c) {
        Optional<Healthcheck> compose = c.service().flatMap(Service::healthcheck);
        if (compose.isPresent() && (compose.get().disabled() || !compose.get().test().isEmpty())) {
            return !compose.get().disabled();
        }
        return c.image().map(BuiltImage::hasHealthcheck).orElse(false);
    }
}
