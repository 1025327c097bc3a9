package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.EnvFile;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.FileProbe;
import dev.stacklint.source.Origin;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * SL217: an {@code env_file} that is not there, unless it is {@code required: false}. A path built from variables is
 * not judged (the linter does not see the deployment's environment). When a template of it is checked in beside it
 * ({@code .env.example}), the file is meant to be made from that on each machine: info, not an error. So is a missing
 * dotenv-named file ({@code .env}, {@code .env.production}, {@code db.env}): such files hold the machine's secrets and
 * are kept out of git by convention, so a checkout without them is normal.
 */
public final class MissingEnvFile implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL217", "missing-env-file", Severity.ERROR,
            "A service's env_file does not exist.");
    private static final List<String> TEMPLATE_WORDS = List.of("example", "sample", "dist", "template", "tmpl",
            "default");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        Set<Origin> reported = new HashSet<>();
        for (Service s : project.services().values()) {
            for (EnvFile e : s.envFiles()) {
                Path path = e.resolvedPath().orElse(null);
                if (!e.required() || path == null || e.interpolated() || ctx.files().exists(path)
                        || !reported.add(e.path().origin())) {
                    continue;
                }
                Optional<Path> template = template(path, ctx.files());
                if (template.isPresent()) {
                    reporter.report(e.path().file(), e.path().span(), Severity.INFO, Keys.quoted(s.name().value())
                            + " reads " + Keys.quoted(e.path().value()) + ", which is not there yet: create it from "
                            + Keys.quoted(template.get().getFileName().toString()) + " before `docker compose up`, or"
                            + " mark it `required: false`");
                } else if (dotenv(path)) {
                    reporter.report(e.path().file(), e.path().span(), Severity.INFO, Keys.quoted(s.name().value())
                            + " reads " + Keys.quoted(e.path().value()) + ", which is not in this checkout: env files"
                            + " like it are usually kept out of git, and `docker compose up` fails until it is created;"
                            + " check in a template beside it, or mark it `required: false`");
                } else {
                    reporter.report(e.path().file(), e.path().span(), Keys.quoted(s.name().value()) + " reads "
                            + Keys.quoted(e.path().value()) + ", which does not exist: `docker compose up` fails; create"
                            + " it, fix the path, or mark it `required: false`");
                }
            }
        }
    }

    private static boolean dotenv(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env");
    }

    /** A template of the env file checked in beside it: {@code .env.example} for {@code .env}, or {@code x.env} as
     * {@code x.env.example}, {@code .env.dev-sample} or {@code x.example.env}. */
    private static Optional<Path> template(Path path, FileProbe files) {
        Path dir = path.getParent();
        if (dir == null) {
            return Optional.empty();
        }
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TEMPLATE_WORDS.stream().flatMap(word -> Stream.of(".", "-", "_").map(sep -> sep + word)).flatMap(suffix ->
                Stream.of(name + suffix, dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix)).map(dir::resolve).filter(files::isFile).findFirst();
    }
}
