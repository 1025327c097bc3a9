package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Dependency;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;
import dev.stacklint.rules.data.DatabaseImages;
import dev.stacklint.rules.data.ImageName;
import dev.stacklint.rules.data.TableRule;
import dev.stacklint.rules.data.Tables;

import java.util.Optional;
import java.util.Set;

/** SL203: {@code depends_on} a database or broker that Compose will not wait for. */
public final class DependsOnNotReady implements ComposeRule, TableRule {
    static final RuleMeta META = new RuleMeta("SL203", "depends-on-not-ready", Severity.WARNING, Target.COMPOSE,
            "`depends_on` a database or broker without `condition: service_healthy` and a healthcheck on it.");

    /** Database web consoles: they connect when someone logs in, so an early start does them no harm. */
    private static final Set<String> ADMIN_UIS = Set.of("adminer", "phpmyadmin", "phpmyadmin/phpmyadmin",
            "dpage/pgadmin4");
    private final DatabaseImages databases;

    public DependsOnNotReady() {
        this(DatabaseImages.builtin());
    }

    public DependsOnNotReady(DatabaseImages databases) {
        this.databases = databases;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Rule withTables(Tables tables) {
        return new DependsOnNotReady(tables.databases());
    }

    @Override
    public void check(ComposeProject project, Reporter reporter) {
        for (Service s : project.services().values()) {
            if (s.literalImage()
                    .map(i -> ADMIN_UIS.contains(ImageName.parse(i.reference().value()).name())).orElse(false)) {
                continue;
            }
            for (Dependency d : s.dependsOn()) {
                Optional<Service> target = project.service(d.service().value());
                Optional<DatabaseImages.Entry> db = target.flatMap(Service::literalImage)
                        .flatMap(i -> databases.find(i.reference().value()));
                if (db.isEmpty()) {
                    continue;
                }
                String name = d.service().value();
                boolean healthcheck = target.get().healthcheck().map(h -> !h.disabled() && !h.test().isEmpty())
                        .orElse(false);
                if (d.condition().equals(Dependency.STARTED) && d.required()) {
                    reporter.report(d.origin().file(), d.origin().span(), "`depends_on: " + name + "` only waits for"
                            + " the container to start, not for " + db.get().product() + " to accept connections;"
                            + " use `condition: service_healthy`" + (healthcheck ? "" : " and give " + name
                            + " a healthcheck"));
                } else if (d.condition().equals(Dependency.HEALTHY) && !healthcheck) {
                    reporter.report(d.origin().file(), d.origin().span(), "`" + name + "` has no healthcheck, so"
                            + " `condition: service_healthy` can never be met; add a healthcheck to " + name);
                }
            }
        }
    }
}
