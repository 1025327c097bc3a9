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
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SL277 (dclint's {@code service-dependencies-alphabetical-order}): the services a {@code depends_on} names, as a list
 * or as a mapping, not in alphabetical order (case-insensitive). Reported once per {@code depends_on}, at its key.
 */
public final class ServiceDependenciesAlphabeticalOrder implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL277", "service-dependencies-alphabetical-order", Severity.STYLE, "The services of a `depends_on` are not in alphabetical order.")
            .in(Category.STYLE).offByDefault().fixable(Fix.Safety.SAFE);

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        Set<Origin> reported = new HashSet<>();
        for (Written.WrittenService service : Written.services(project)) {
            service.mapping().entry("depends_on").filter(e -> Written.writtenAfter(e.key(), e.value()))
                    .ifPresent(e -> SequenceOrder.firstInversion(names(e.value()), Written.ALPHABETICAL)
                            .filter(pair -> reported.add(e.key().origin())).ifPresent(pair -> {
                                Origin at = e.key().origin();
                                reporter.report(at.file(), at.span(), "`depends_on` of `" + service.name()
                                        + "` is not in alphabetical order: `" + pair.get(0) + "` should come before `"
                                        + pair.get(1) + "`", fix(e.value(), service.name()));
                            }));
        }
    }

    /** The services moved into order, a list's items or a mapping's entries. */
    private static Fix fix(YamlNode dependsOn, String service) {
        String what = "put the `depends_on` of `" + service + "` in alphabetical order";
        Optional<Fix> fix = switch (dependsOn) {
            case YamlSequence seq when Written.own(seq).stream().allMatch(YamlScalar.class::isInstance) ->
                    BlockOrder.items(seq, names(seq), Written.ALPHABETICAL, what);
            case YamlMapping map -> BlockOrder.entries(map, Written.ALPHABETICAL, what);
            default -> Optional.empty();
        };
        return fix.orElse(null);
    }

    private static List<String> names(YamlNode dependsOn) {
        if (dependsOn instanceof YamlSequence seq) {
            return Written.own(seq).stream().filter(YamlScalar.class::isInstance).map(n -> ((YamlScalar) n).text())
                    .toList();
        }
        if (dependsOn instanceof YamlMapping map) {
            return Written.own(map).stream().map(YamlEntry::name).toList();
        }
        return List.of();
    }
}
