package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.yaml.YamlEntry;

import java.nio.file.Path;
import java.util.Optional;

/**
 * SL270 (dclint's {@code require-project-name-field}): no file of the project sets the top-level {@code name}, so
 * Compose names the project, and so its containers, networks and volumes, after the folder. Reported once per
 * project, at the first key of its first file.
 */
public final class RequireProjectName implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL270", "require-project-name-field", Severity.STYLE,
            "The Compose project has no top-level `name`.").in(Category.STYLE).offByDefault();

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        if (project.name().isPresent() || project.documents().isEmpty()) {
            return;
        }
        ComposeProject.Document first = project.documents().get(0);
        Optional<YamlEntry> key = Written.own(first.root()).stream().findFirst();
        String folder = Optional.ofNullable(project.projectDirectory().getFileName()).map(Path::toString).orElse("");
        key.ifPresent(k -> reporter.report(first.file(), k.key().origin().span(), "the project has no top-level "
                + "`name`, so Compose names it after its folder (`" + folder + "`) and its containers, networks and "
                + "volumes change names with the folder; set `name:`"));
    }
}
