package dev.stacklint.rules.stack;

import dev.stacklint.compose.Build;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.FileCopy;
import dev.stacklint.project.Environment;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.source.FileProbe;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SL205: a production file bind-mounts the source tree over the code of an image built from it. A stack rule
 * because which files are production is the stack's decision.
 */
public final class SourceBindMountInProduction implements StackRule {
    static final RuleMeta META = new RuleMeta("SL205", "source-bind-mount-in-production", Severity.INFO, "A production Compose file bind-mounts the source tree into a service built from it.");
    private static final Set<String> SOURCE_EXTENSIONS = Set.of("py", "js", "ts", "rb", "php", "go", "java", "kt",
            "rs", "cs", "ex", "exs");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            Optional<Path> context = c.service().flatMap(Service::build).flatMap(Build::contextDirectory);
            if (context.isEmpty() || c.environment() == Environment.DEVELOPMENT) {
                continue;
            }
            Optional<Set<String>> code = c.image().map(SourceBindMountInProduction::codePaths);
            for (VolumeMount v : c.service().get().volumes()) {
                if (v.type() != VolumeMount.Type.BIND || v.hostPath().isEmpty()
                        || stack.environmentOf(v.origin().file()) == Environment.DEVELOPMENT
                        || !isSource(v.hostPath().get(), context.get(), ctx.files())
                        || code.filter(paths -> !overCode(ContainerPaths.normalize(v.target().value()), paths))
                        .isPresent()) {
                    continue;
                }
                String written = v.source().map(s -> s.value()).orElse("?") + ":" + v.target().value();
                reporter.report(v.origin().file(), v.origin().span(), "`" + written + "` mounts the source tree"
                        + " over the image's code in a production file; keep it in compose.override.yaml for"
                        + " development");
            }
        }
    }

    /**
     * Where the image keeps its code: its working directory and the destinations of its COPY/ADD from the build
     * context. Empty when the linter cannot tell (then every mount counts).
     */
    private static Set<String> codePaths(BuiltImage image) {
        Set<String> paths = new HashSet<>();
        image.workdir(Optional.empty()).ifPresent(paths::add);
        Map<Instruction, Scope> scopes = Scope.before(image.dockerfile(), i -> FileCopy.of(i).isPresent());
        for (Instruction i : image.instructions()) {
            Optional<FileCopy> copy = FileCopy.of(i).filter(FileCopy::fromContext);
            if (copy.isPresent()) {
                Scope scope = scopes.get(i);
                String dest = copy.get().destination().value();
                if (!copy.get().destination().isLiteral()) {
                    return Set.of();
                }
                Optional<String> abs = ContainerPaths.absolute(dest, scope == null ? Optional.empty() : scope.workdir())
                        .or(() -> dest.startsWith("/") ? Optional.of(dest) : Optional.of("/" + dest));
                abs.ifPresent(a -> paths.add(ContainerPaths.normalize(a)));
            }
        }
        return paths;
    }

    /** A mount on a code path, on a folder above one, or inside one. */
    private static boolean overCode(String target, Set<String> code) {
        return code.isEmpty() || code.stream().anyMatch(p -> ContainerPaths.below(p, target).isPresent()
                || ContainerPaths.below(target, p).isPresent());
    }

    /** The build context itself, or a folder of it that holds source files. */
    private static boolean isSource(Path host, Path context, FileProbe files) {
        Path h = host.normalize();
        if (h.equals(context.normalize())) {
            return true;
        }
        if (!h.startsWith(context.normalize()) || !files.isDirectory(h)) {
            return false;
        }
        return files.list(h).stream().anyMatch(f -> {
            String n = f.getFileName().toString();
            int dot = n.lastIndexOf('.');
            return dot > 0 && SOURCE_EXTENSIONS.contains(n.substring(dot + 1)) && files.isFile(f);
        });
    }
}
