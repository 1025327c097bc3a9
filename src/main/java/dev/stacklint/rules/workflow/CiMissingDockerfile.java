package dev.stacklint.rules.workflow;

import dev.stacklint.ci.ImageBuild;
import dev.stacklint.ci.PathRef;
import dev.stacklint.ci.Workflow;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.WorkflowRule;
import dev.stacklint.source.FileProbe;
import dev.stacklint.source.GitIgnore;
import dev.stacklint.source.GitSubmodules;
import dev.stacklint.source.Origin;

import java.nio.file.Path;
import java.util.Optional;

/**
 * SL318: a CI workflow builds an image from a Dockerfile or a context that is not in the repository. A path the
 * repository ignores, one an earlier step of the job writes (a build output, a copied template) or a submodule not
 * checked out is left alone.
 */
public final class CiMissingDockerfile implements WorkflowRule {
    static final RuleMeta META = new RuleMeta("SL318", "ci-missing-dockerfile", Severity.ERROR,
            "A CI workflow builds an image from a Dockerfile or build context that does not exist.");

    @Override
    public void check(Workflow workflow, RuleContext ctx, Reporter reporter) {
        FileProbe files = ctx.files();
        for (ImageBuild b : workflow.builds()) {
            Optional<PathRef> context = b.context().filter(c -> c.path().isPresent());
            if (context.isPresent() && !files.isDirectory(context.get().path().get())) {
                // a file in it, so that the ignore rules of a folder apply
                Path missing = context.get().path().get();
                if (!elsewhere(missing.resolve("Dockerfile")) && !b.madeEarlier(missing)) {
                    report(reporter, context.get().at(), "`" + b.tool() + "` builds the context `"
                            + context.get().written() + "`, which is not a folder of the repository: the job fails;"
                            + " fix the path (" + relativeTo(b) + ")");
                }
                continue;
            }
            if (b.file().isPresent()) {
                PathRef f = b.file().get();
                if (f.path().isPresent() && !files.isFile(f.path().get()) && !elsewhere(f.path().get())
                        && !b.madeEarlier(f.path().get())
                        && !(b.fileInContext() && inContext(b, f, files))) {
                    report(reporter, f.at(), "`" + b.tool() + "` builds the Dockerfile `" + f.written()
                            + "`, which is not in the repository: the job fails; fix the path (" + relativeTo(b)
                            + ") or add the Dockerfile");
                }
            } else if (b.contextPath().isPresent() && files.isDirectory(b.contextPath().get())) {
                Path dir = b.contextPath().get();
                if (!files.isFile(dir.resolve("Dockerfile")) && !files.isFile(dir.resolve("dockerfile"))
                        && !elsewhere(dir.resolve("Dockerfile")) && !b.made().contains("Dockerfile")) {
                    Origin at = b.context().map(PathRef::at).orElse(b.at());
                    String where = b.context().map(c -> "the context `" + c.written() + "`")
                            .orElse("the repository root");
                    report(reporter, at, "`" + b.tool() + "` builds " + where + " with its default `Dockerfile`,"
                            + " and there is none there: the job fails; name the Dockerfile (`file:` or `-f`) or"
                            + " fix the context");
                }
            }
        }
    }

    private static void report(Reporter reporter, Origin at, String message) {
        reporter.report(at.file(), at.span(), message);
    }

    /** Kaniko also looks for a relative Dockerfile inside the context. */
    private static boolean inContext(ImageBuild b, PathRef f, FileProbe files) {
        return b.context().flatMap(PathRef::path).map(c -> files.isFile(c.resolve(f.written()).normalize()))
                .orElse(false);
    }

    /** A path the repository ignores (made by an earlier step) or inside a submodule that is not checked out. */
    private static boolean elsewhere(Path p) {
        return GitIgnore.ignored(p) || GitSubmodules.contains(p);
    }

    private static String relativeTo(ImageBuild b) {
        return b.tool().equals("docker/build-push-action") ? "paths are relative to the repository root"
                : "paths are relative to the folder the step runs in";
    }
}
