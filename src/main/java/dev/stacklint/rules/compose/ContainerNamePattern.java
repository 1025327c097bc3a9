package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.StyleOptions;
import dev.stacklint.source.Interpolation;
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.YamlScalar;

import java.util.HashSet;
import java.util.Set;

/**
 * SL279 (dclint's {@code service-container-name-regex}): a {@code container_name} that does not match the pattern:
 * by default Docker's own, {@code [a-zA-Z0-9][a-zA-Z0-9_.-]+}, which {@code docker compose up} enforces (a space,
 * a slash or a one-character name is refused); a {@code .dclintrc} {@code pattern} option sets a house rule.
 * A name built from variables is not judged: its value is known only at run time.
 */
public final class ContainerNamePattern implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL279", "service-container-name-regex", Severity.ERROR,
            "A `container_name` does not match the container-name pattern.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        StyleOptions options = ctx.tables().style();
        Set<Origin> reported = new HashSet<>();
        boolean docker = options.containerName() == StyleOptions.DOCKER_CONTAINER_NAME;
        for (Written.WrittenService service : Written.services(project)) {
            service.mapping().scalar("container_name").filter(n -> Interpolation.literal(n.text()))
                    .filter(n -> !options.containerName().matcher(n.text()).matches())
                    .filter(n -> reported.add(n.origin())).ifPresent(n -> report(n, service.name(), docker, options, reporter));
        }
    }

    private static void report(YamlScalar name, String service, boolean docker, StyleOptions options,
                               Reporter reporter) {
        String why = docker
                ? "Docker refuses it (a container name is a letter or digit, then at least one more of letters, "
                        + "digits, `_`, `.` and `-`)"
                : "it does not match the configured pattern `" + options.containerName().pattern() + "`";
        reporter.report(name.origin().file(), name.origin().span(), "container_name `" + name.text() + "` of `"
                + service + "`: " + why);
    }
}
