package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.project.FileCopy;
import dev.stacklint.project.ImageReach;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DL3062: {@code go install}, {@code go get} or {@code go run} of a module without a version, or with
 * {@code @latest}. Local packages ({@code .}, {@code ./cmd/app}, absolute paths, {@code .go} files) are fine; for
 * {@code go run} only the package is looked at, not the program's arguments. So is a package whose source an
 * earlier COPY of the stage put into a GOPATH ({@code COPY . /go/src/github.com/spf13/hugo}, then
 * {@code go install github.com/spf13/hugo}): that builds the copied source, not a downloaded version.
 */
public final class GoPinVersions extends PinRule {
    static final RuleMeta META = new RuleMeta("DL3062", "go-pin-versions", Severity.WARNING,
            "go install, go get or go run names a module without pinning its version.");

    private static final Set<String> VERBS = Set.of("install", "get", "run");
    private static final Set<String> TAKES_VALUE = Set.of("-o", "-C", "-ldflags", "-gcflags", "-asmflags", "-tags",
            "-mod", "-modfile", "-p", "-pkgdir", "-toolexec", "-overlay", "-exec", "-buildmode", "-compiler",
            "-gccgoflags", "-installsuffix");

    @Override
    void check(SimpleCommand command, UnpinnedPackages unpinned) {
        check(command, List.of(), unpinned);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.Run run, SimpleCommand command, UnpinnedPackages unpinned) {
        if (command.program().filter("go"::equals).isPresent()) {
            // read only for go: every RUN reading the stage's earlier instructions would be quadratic
            check(command, copiedPackages(dockerfile, run), unpinned);
        }
    }

    /**
     * The import paths the stage's copies from the build context put under a {@code src} folder of a GOPATH before
     * {@code run}: {@code /go/src/github.com/spf13/hugo} gives {@code github.com/spf13/hugo}.
     */
    private static List<String> copiedPackages(Dockerfile dockerfile, Instruction.Run run) {
        if (dockerfile.stages().isEmpty()) {
            return List.of(); // a RUN before any FROM
        }
        List<Instruction> before = ImageReach.stageOf(dockerfile, run).instructions();
        before = before.subList(0, Math.max(0, before.indexOf(run)));
        return before.stream().flatMap(i -> FileCopy.of(i).filter(FileCopy::fromContext).stream())
                .flatMap(c -> {
                    Scope scope = Scope.before(dockerfile, c.instruction());
                    return scope.variables().resolve(c.destination().value())
                            .flatMap(d -> ContainerPaths.absolute(d, scope.workdir())).stream();
                })
                .filter(d -> d.contains("/src/")).map(d -> d.substring(d.lastIndexOf("/src/") + "/src/".length()))
                .filter(p -> p.contains("/")).toList();
    }

    private static void check(SimpleCommand command, List<String> local, UnpinnedPackages unpinned) {
        List<ShellWord> args = command.args();
        if (command.program().filter("go"::equals).isEmpty() || args.isEmpty()
                || !VERBS.contains(args.get(0).value())) {
            return;
        }
        List<ShellWord> operands = command.operands(1, TAKES_VALUE);
        // go run takes one package; the words after it are the program's arguments
        boolean run = args.get(0).value().equals("run");
        for (ShellWord w : run && !operands.isEmpty() ? operands.subList(0, 1) : operands) {
            String p = w.value();
            boolean copied = local.stream().anyMatch(l -> p.equals(l) || p.startsWith(l + "/"));
            if (!(p.startsWith(".") || p.startsWith("/") || p.startsWith("$") || p.endsWith(".go") || copied)) {
                int at = p.lastIndexOf('@');
                if (at < 0 || p.substring(at + 1).equals("latest")) {
                    unpinned.add("module", w);
                }
            }
        }
    }

    @Override
    String message(String problem, List<String> names) {
        if (names.size() == 1) {
            String p = names.get(0);
            int at = p.lastIndexOf('@');
            return "module " + p + " is not pinned, so each build takes whatever version is newest: write "
                    + (at < 0 ? p : p.substring(0, at)) + "@<version>";
        }
        return "modules " + UnpinnedPackages.names(names) + " are not pinned, so each build takes whatever version "
                + "is newest: write MODULE@<version> for each";
    }
}
