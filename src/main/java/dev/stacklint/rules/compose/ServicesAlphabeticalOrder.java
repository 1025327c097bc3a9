package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.YamlEntry;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * SL274 (dclint's {@code services-alphabetical-order}): a service written after one whose name sorts after it
 * (case-insensitive), in each file's {@code services}. Reported at each service that is out of place, naming the
 * first service it should come before.
 */
public final class ServicesAlphabeticalOrder implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL274", "services-alphabetical-order", Severity.STYLE,
            "Services are not in alphabetical order.").in(Category.STYLE).offByDefault().fixable(Fix.Safety.SAFE);

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        Set<Origin> reported = new HashSet<>();
        for (ComposeProject.Document doc : project.documents()) {
            doc.root().mapping("services").ifPresent(services -> {
                TreeSet<String> seen = new TreeSet<>(Written.ALPHABETICAL);
                Fix fix = BlockOrder.entries(services, Written.ALPHABETICAL, "put the services in alphabetical order")
                        .orElse(null);
                for (YamlEntry service : Written.own(services)) {
                    String name = service.name();
                    Optional<String> after = Optional.ofNullable(seen.higher(name));
                    if (after.isPresent() && reported.add(service.key().origin())) {
                        Origin at = service.key().origin();
                        reporter.report(at.file(), at.span(), "service `" + name + "` comes after `" + after.get()
                                + "`; keep services in alphabetical order (move it before `" + after.get() + "`)", fix);
                    }
                    seen.add(name);
                }
            });
        }
    }
}
