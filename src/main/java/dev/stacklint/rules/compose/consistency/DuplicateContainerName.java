package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * SL213: two services with one {@code container_name}, reported at the second. Services in disjoint profiles
 * (alternatives such as a CPU and a GPU variant) do not run together and may share the name.
 */
public final class DuplicateContainerName implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL213", "duplicate-container-name", Severity.ERROR,
            "Two services set the same container_name; the second cannot be created.")
            .alias("no-duplicate-container-names");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        List<Service> seen = new ArrayList<>();
        for (Service s : project.services().values()) {
            Located<String> name = s.containerName().filter(n -> !n.value().isBlank()).orElse(null);
            if (name == null) {
                continue;
            }
            seen.stream().filter(o -> o.containerName().orElseThrow().value().equals(name.value())
                    && Keys.activeTogether(o, s)).findFirst().ifPresent(first ->
                    reporter.report(name.file(), name.span(), Keys.quoted(s.name().value()) + " and "
                            + Keys.quoted(first.name().value()) + " (" + Keys.where(first.containerName().orElseThrow()
                            .origin(), name.origin()) + ") are both named " + Keys.quoted(name.value())
                            + ": container names are unique on a host, so Compose cannot create the second; rename"
                            + " one", List.of(RelatedLocation.at(first.containerName().orElseThrow().origin(),
                            Keys.quoted(first.name().value()) + " takes the name first"))));
            seen.add(s);
        }
    }
}
