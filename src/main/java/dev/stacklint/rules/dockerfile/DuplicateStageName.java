package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.SourceFile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** DL3024: two stages share one name ({@code FROM ... AS name}; Docker compares names case-insensitively). */
public final class DuplicateStageName implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3024", "duplicate-stage-name", Severity.ERROR,
            "Two build stages have the same name.").alias("DuplicateStageName");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        SourceFile source = dockerfile.source();
        Map<String, Word> seen = new HashMap<>();
        for (Stage stage : dockerfile.stages()) {
            stage.from().alias().ifPresent(alias -> {
                Word first = seen.putIfAbsent(alias.value().toLowerCase(Locale.ROOT), alias);
                if (first != null) {
                    reporter.report(alias.span(), "stage name " + alias.value() + " is already used on line "
                            + source.position(first.span().start()).line() + ", so --from, FROM and --target "
                            + "cannot tell them apart: rename one of the stages");
                }
            });
        }
    }
}
