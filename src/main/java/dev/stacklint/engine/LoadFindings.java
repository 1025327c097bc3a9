package dev.stacklint.engine;

import dev.stacklint.compose.yaml.LoadProblem;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.ParseRule;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.ReadFindings;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/** Turns what the Compose loader found wrong into findings, each under the SL0xx code of its kind. */
public final class LoadFindings {
    private LoadFindings() {
    }

    public static List<Finding> of(List<LoadProblem> problems) {
        List<Finding> findings = new ArrayList<>();
        for (LoadProblem p : problems) {
            if (p.kind() == LoadProblem.Kind.UNREADABLE) {
                ReadFindings.lintable(p.at().file(), true, findings::add); // it says why, and how seriously
                continue;
            }
            Fix fix = p.fix().map(r -> Fix.safe(r.description(), new Edit(r.span(), r.text()))).orElse(null);
            List<RelatedLocation> related = p.first().map(f -> RelatedLocation.at(f, "first defined here"))
                    .map(List::of).orElse(List.of());
            findings.add(new Finding(rule(p.kind()).meta(), Severity.valueOf(p.level().name()), p.at().file(), p.at().span(),
                    p.message(), fix, related));
        }
        return findings;
    }

    private static ParseRule rule(LoadProblem.Kind kind) {
        return switch (kind) {
            case SYNTAX -> ParseRules.YAML_SYNTAX;
            case DUPLICATE_KEY -> ParseRules.DUPLICATE_KEY;
            case SCHEMA, EMPTY -> ParseRules.COMPOSE_SCHEMA;
            case INTERPOLATION -> ParseRules.INTERPOLATION;
            case UNREADABLE -> ParseRules.UNREADABLE_FILE;
            case INPUT_LIMIT -> ParseRules.INPUT_LIMIT;
            case OUTSIDE_PROJECT -> ParseRules.OUTSIDE_PROJECT;
        };
    }
}
