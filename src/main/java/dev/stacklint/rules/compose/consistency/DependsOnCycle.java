package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Dependency;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SL210: services that depend on each other in a circle. Compose cannot order their start and refuses the project.
 * Each cycle is reported once, at the {@code depends_on} entry that closes it in a walk in definition order.
 */
public final class DependsOnCycle implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL210", "depends-on-cycle", Severity.ERROR,
            "Services depend on each other in a cycle, so Compose cannot decide which to start first.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        Set<String> done = new HashSet<>();
        for (String name : project.services().keySet()) {
            walk(project, name, new ArrayList<>(), new ArrayList<>(), done, reporter);
        }
    }

    /**
     * @param path  the services walked to reach {@code name}
     * @param edges the {@code depends_on} entry taken from each service of {@code path} to the next
     */
    private void walk(ComposeProject project, String name, List<String> path, List<Dependency> edges,
                      Set<String> done, Reporter reporter) {
        if (done.contains(name)) {
            return;
        }
        Service service = project.services().get(name);
        path.add(name);
        for (Dependency d : service.dependsOn()) {
            String to = d.service().value();
            int at = path.indexOf(to);
            if (at >= 0) {
                String cycle = path.subList(at, path.size()).stream().map(Keys::quoted)
                        .collect(Collectors.joining(" -> ")) + " -> " + Keys.quoted(to);
                List<RelatedLocation> others = new ArrayList<>();
                for (int i = at; i < edges.size(); i++) {
                    Dependency e = edges.get(i);
                    others.add(RelatedLocation.at(e.service().origin(), Keys.quoted(path.get(i)) + " depends on "
                            + Keys.quoted(e.service().value())));
                }
                reporter.report(d.service().file(), d.service().span(), "depends_on forms a cycle " + cycle
                        + ": Compose cannot start any of them first; remove one of these dependencies", others);
            } else if (project.services().containsKey(to)) {
                edges.add(d);
                walk(project, to, path, edges, done, reporter);
                edges.remove(edges.size() - 1);
            }
        }
        path.remove(path.size() - 1);
        done.add(name);
    }
}
