package dev.stacklint.rules.stack;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Dockerignore;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.FileCopy;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SL118: a COPY or ADD source from the build context that the context's ignore file excludes, so the build does not
 * see it. Sources with wildcards are left out: the ignore file may exclude some of the files they match and not
 * others; so is the whole context ({@code COPY . .}), which is always there. Copies from another stage, an image or
 * a named context ({@code --from}), URLs and heredocs are not sources
 * from the context.
 */
public final class CopyIgnoredFile implements StackRule {
    static final RuleMeta META = new RuleMeta("SL118", "copy-ignored-file", Severity.WARNING,
            "A COPY or ADD source is excluded from the build context by .dockerignore.").alias("CopyIgnoredFile");

    private static final Pattern REMOTE = Pattern.compile("(?i)^(https?://|git@|git://|ssh://)");
    private static final Pattern WILDCARD = Pattern.compile("[*?\\[]");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (BuiltImage image : stack.distinctBuilds()) {
            Dockerfile dockerfile = image.dockerfile();
            image.dockerignore().ifPresent(ignore -> Scope.before(dockerfile,
                            i -> FileCopy.of(i).filter(FileCopy::fromContext).isPresent())
                    .forEach((i, scope) -> check(dockerfile, ignore, i, scope, reporter)));
        }
    }

    private static void check(Dockerfile dockerfile, Dockerignore ignore, Instruction i, Scope scope, Reporter reporter) {
        for (Word source : FileCopy.of(i).orElseThrow().sources()) {
            Optional<String> path = scope.variables().resolve(source.value())
                    .filter(p -> !p.startsWith("<<") && !REMOTE.matcher(p).find() && !WILDCARD.matcher(p).find())
                    .map(p -> p.replaceFirst("^(\\./)+", "").replaceFirst("/+$", ""))
                    .filter(p -> !p.isEmpty() && !p.equals(".")); // the whole context is always there
            path.filter(p -> !reincludesBelow(ignore, p)).flatMap(p -> ignore.deciding(p).filter(d -> !d.exception()))
                    .ifPresent(d -> reporter.report(dockerfile.source(), source.span(), "`" + source.value()
                            + "` is excluded from the build context by the ignore file's `" + d.text() + "`, so "
                            + i.keyword() + " cannot find it and the build fails: add `!" + path.get()
                            + "` to the ignore file, or stop copying it"));
        }
    }

    /** True when an exception ({@code !dir/keep}, or one starting with a wildcard) may bring back part of the folder. */
    private static boolean reincludesBelow(Dockerignore ignore, String path) {
        return ignore.patterns().stream().anyMatch(p -> p.exception()
                && (p.text().startsWith(path + "/") || p.text().startsWith("*")));
    }
}
