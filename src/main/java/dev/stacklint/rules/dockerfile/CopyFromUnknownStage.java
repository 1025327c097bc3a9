package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/**
 * DL3022: {@code COPY --from=NAME} where NAME is neither an earlier stage (by name or index), nor recognisably an
 * image ({@code name:tag}, {@code registry/name}, {@code name@digest}), nor a named build context that a Compose
 * service ({@code build.additional_contexts}) or a bake target ({@code contexts}) building this file passes.
 * Variables are not judged, and nothing is when a Compose or bake file that may build this file could not be read
 * (it may pass the name as a context).
 */
public final class CopyFromUnknownStage implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3022", "copy-from-unknown-stage", Severity.WARNING, "COPY --from names a stage that is not defined before it.");

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        if (builds.contextsUnknown()) {
            return;
        }
        for (CopyFrom copy : CopyFrom.all(dockerfile)) {
            String source = copy.source();
            if (source.isEmpty() || !copy.flag().isLiteral() || source.contains(":") || source.contains("/")
                    || source.contains("@") || isEarlierStage(copy, source) || builds.namesContext(source)
                    || copy.stageName().filter(source::equalsIgnoreCase).isPresent()) {
                continue;
            }
            reporter.report(copy.flag().span(), source.chars().allMatch(Character::isDigit)
                    ? "there is no stage " + source + " before this one (stages are numbered from 0): name an "
                    + "earlier stage" : "no stage before this one is named " + source + ": define it with "
                    + "FROM ... AS " + source + " above, pass a build context of that name (Compose "
                    + "build.additional_contexts, bake contexts), or name an image with its tag (" + source + ":<tag>)");
        }
    }

    private static boolean isEarlierStage(CopyFrom copy, String source) {
        if (source.matches("\\d{1,4}")) {
            return Integer.parseInt(source) < copy.earlier().size();
        }
        return copy.earlier().stream()
                .anyMatch(f -> f.alias().filter(a -> a.value().equalsIgnoreCase(source)).isPresent());
    }
}
