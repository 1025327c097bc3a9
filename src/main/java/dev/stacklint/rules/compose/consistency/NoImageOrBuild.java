package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.FileProbe;

import java.nio.file.Path;
import java.util.List;

/**
 * SL211: a service with neither {@code image} nor {@code build}, in the merged project. A service that
 * {@code extends} another, a {@code provider} service, and a service of an add-on file that the main project
 * beside it defines are complete elsewhere. Only a project that stands on its own is judged: its first file has a
 * name {@code docker compose} reads by default, and the folder above holds no Compose project it could extend
 * ({@code dev/monitoring/compose.yaml} used as {@code -f compose.yaml -f monitoring/compose.yaml}). Any other file
 * may be a fragment combined with files the linter cannot tell.
 */
public final class NoImageOrBuild implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL211", "no-image-or-build", Severity.ERROR,
            "A service has neither an image nor a build, so Compose has nothing to run.");
    private static final List<String> DEFAULT_NAMES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        if (!standalone(project, ctx.files())) {
            return;
        }
        for (Service s : project.services().values()) {
            if (s.image().isPresent() || s.build().isPresent() || s.extendsRef().isPresent()
                    || s.hasProvider()
                    || project.companions().service(s.name().value())) {
                continue;
            }
            reporter.report(s.name().file(), s.name().span(), Keys.quoted(s.name().value())
                    + " has neither `image` nor `build`: Compose refuses to run it; name the image to run or the build"
                    + " context to build it from");
        }
    }

    private static boolean standalone(ComposeProject project, FileProbe files) {
        Path first = project.files().get(0).path();
        if (first == null || !DEFAULT_NAMES.contains(first.getFileName().toString())) {
            return false;
        }
        Path parent = first.toAbsolutePath().normalize().getParent().getParent();
        return parent == null || DEFAULT_NAMES.stream().noneMatch(n -> files.isFile(parent.resolve(n)));
    }
}
