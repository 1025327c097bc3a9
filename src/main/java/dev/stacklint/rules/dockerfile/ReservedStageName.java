package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;
import java.util.Set;

/** DL3063: a stage named {@code scratch} or {@code context}, names that already mean something to Docker. */
public final class ReservedStageName implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3063", "reserved-stage-name", Severity.WARNING,
            "A stage is named scratch or context, which Docker already gives a meaning.").alias("ReservedStageName");

    private static final Set<String> RESERVED = Set.of("scratch", "context");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Stage stage : dockerfile.stages()) {
            stage.from().alias().filter(a -> RESERVED.contains(a.value().toLowerCase(Locale.ROOT))).ifPresent(a ->
                    reporter.report(a.span(), "the stage name " + a.value() + " is reserved ("
                            + (a.value().equalsIgnoreCase("scratch") ? "the empty image" : "the build context")
                            + "), so FROM and --from may not mean this stage: choose another name"));
        }
    }
}
