package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Arguments;
import dev.stacklint.dockerfile.Dockerignore;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rules.data.InstallManifests;
import dev.stacklint.source.FileProbe;
import dev.stacklint.source.Lines;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SL101's fix: {@code COPY . .} directly followed by a RUN that installs the dependencies of one installer
 * ({@code rules/data/install-manifests.yaml}: pip {@code -r FILE}, npm, yarn, pnpm, poetry, uv, bundler, go mod,
 * composer). The fix copies the manifests first (with the same COPY flags; of the lock and configuration files, those
 * the build context holds and the ignore file lets through) and installs from them before {@code COPY . .}:
 * <ul>
 *   <li>a RUN that only installs, and whose install works from the manifests as written, moves up whole;</li>
 *   <li>otherwise the install, with the options that make it work from the manifests alone (poetry
 *       {@code --no-root}, uv {@code --no-install-project}, composer {@code --no-scripts --no-autoloader}), runs first
 *       in a RUN of its own and the original RUN stays after the copy, where it finds the dependencies in place
 *       ({@code go mod download && go build}); never for {@code npm ci}, which would remove them again.</li>
 * </ul>
 * No fix when the context is not known for sure (several builds that disagree, an unreadable Compose or bake file),
 * when the manifest is missing or ignored, or when the install reads more of the project: a blocker file
 * (a workspace, {@code .yarn/}), or a local path, workspace or install script in the manifest. Unsafe: an install
 * that still reads another file of the project would now fail, and the first install no longer sees the rest.
 */
final class ManifestsFirst {
    private static final Pattern WHOLE_COPY = Pattern.compile(
            "(?i)((?:COPY|ADD)(?:[ \\t]+--[a-z-]+=[^\\s$]+)*)[ \\t]+\\.[ \\t]+(\\S+)");
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/-]*");
    private static final long MAX_MANIFEST = 1024 * 1024;

    private ManifestsFirst() {
    }

    /**
     * @param workdir  the working directory of the COPY and the RUN
     * @param contexts the build context folders of the project's builds; empty when no build names the file
     * @param probe    where the manifests and ignore files are read
     */
    static Optional<Fix> of(SourceFile file, Stage stage, Instruction wholeCopy, Instruction run,
                            SimpleCommand install, String workdir, Set<Path> contexts, boolean contextsUnknown,
                            FileProbe probe) {
        List<Instruction> instructions = stage.instructions();
        int at = instructions.indexOf(wholeCopy);
        Optional<InstallManifests.Manager> manager = manager(install).flatMap(InstallManifests::find);
        Matcher copy = WHOLE_COPY.matcher(file.slice(wholeCopy.span()));
        Optional<Span> copyLines = Lines.whole(file, wholeCopy.span());
        Optional<Span> runLines = Lines.whole(file, run.span());
        if (contextsUnknown || manager.isEmpty() || at < 0 || at + 1 >= instructions.size()
                || instructions.get(at + 1) != run || !(run instanceof Instruction.Run r) || !copy.matches()
                || !intoWorkdir(copy.group(2), workdir) || copyLines.isEmpty() || runLines.isEmpty()
                || copyLines.get().end() != runLines.get().start()) {
            return Optional.empty();
        }
        InstallManifests.Manager m = manager.get();
        Optional<String> manifest = m.manifest().or(() -> requirementsFile(install.words()));
        Path dockerfile = file.path().toAbsolutePath().normalize();
        List<Path> dirs = contexts.isEmpty() ? List.of(dockerfile.getParent()) : List.copyOf(contexts);
        Optional<List<String>> files = manifest.flatMap(f -> files(m, f, dirs, dockerfile, probe));
        String runText = file.slice(runLines.get());
        if (files.isEmpty() || !runText.endsWith("\n")) {
            return Optional.empty(); // the RUN ends the file: keep it simple
        }
        String eol = runText.endsWith("\r\n") ? "\r\n" : "\n";
        String req = manifest.get();
        String destination = m.manifest().isEmpty() && req.contains("/") ? req.substring(0, req.lastIndexOf('/') + 1)
                : "./";
        String firstCopy = copy.group(1) + " " + String.join(" ", files.get()) + " " + destination + eol;
        List<String> missing = m.prepare().stream().filter(o -> !install.hasOption(o)).toList();
        String what = "copy " + String.join(", ", files.get()) + " and install before copying the rest";
        if (missing.isEmpty() && r.commands().size() == 1) {
            return Optional.of(Fix.unsafe(what, Edit.insert(copyLines.get().start(), firstCopy + runText),
                    Edit.delete(runLines.get())));
        }
        return firstInstall(file, r, install, missing).map(first -> Fix.unsafe(what,
                Edit.insert(copyLines.get().start(), firstCopy + file.slice(r.keywordSpan()) + " " + first + eol)));
    }

    /** The installer the table names for the command. */
    private static Optional<String> manager(SimpleCommand c) {
        String program = c.program().orElse("");
        String sub = c.operands().isEmpty() ? "" : c.operands().get(0).value();
        return Optional.ofNullable(switch (program) {
            case "npm", "yarn", "pnpm", "poetry", "go", "composer" -> program;
            case "bundle", "bundler" -> "bundler";
            case "uv" -> sub.equals("sync") ? "uv" : sub.equals("pip") && c.args().stream()
                    .anyMatch(a -> a.value().equals("install")) ? "pip" : null;
            default -> PipNoCacheDir.isPipInstall(c) ? "pip" : null;
        });
    }

    /** {@code COPY . .}, {@code COPY . ./} or {@code COPY . /app} under {@code WORKDIR /app}. */
    private static boolean intoWorkdir(String destination, String workdir) {
        String d = destination.length() > 1 && destination.endsWith("/")
                ? destination.substring(0, destination.length() - 1) : destination;
        return d.equals(".") || d.equals(workdir);
    }

    /**
     * The install alone, as written, with the options that make it work from the manifests: when it is the RUN's
     * first command, in shell form, outside any shell construct and followed by {@code &&} or {@code ;}.
     */
    private static Optional<String> firstInstall(SourceFile file, Instruction.Run run, SimpleCommand install,
                                                 List<String> options) {
        List<SimpleCommand> commands = run.commands();
        boolean plain = run.command() instanceof Arguments.ShellForm && run.heredocs().isEmpty()
                && !commands.isEmpty() && commands.get(0) == install && install.assignments().isEmpty()
                && install.reserved().isEmpty() && !install.conditional() && !install.piped()
                && (install.after().equals("&&") || install.after().equals(";") || commands.size() == 1);
        boolean wipes = install.program().filter("npm"::equals).isPresent()
                && install.operands().stream().findFirst().filter(w -> w.value().equals("ci")).isPresent();
        String text = file.slice(install.span());
        if (!plain || wipes || !text.startsWith(install.words().get(0).raw())) {
            return Optional.empty();
        }
        return Optional.of(options.isEmpty() ? text : text + " " + String.join(" ", options));
    }

    /**
     * The files to copy, in the table's order: the manifest, then the optional files every context holds; empty
     * when a context lacks the manifest, holds a blocker, disagrees with another on an optional file, or when the
     * manifest reads more of the project.
     */
    private static Optional<List<String>> files(InstallManifests.Manager m, String manifest, List<Path> contexts,
                                                Path dockerfile, FileProbe probe) {
        List<String> copied = null;
        for (Path context : contexts) {
            Optional<Predicate<String>> ignore = ignored(dockerfile, context, probe);
            Optional<String> text = probe.read(context.resolve(manifest), MAX_MANIFEST);
            if (ignore.isEmpty() || text.isEmpty()) {
                return Optional.empty();
            }
            Predicate<String> ignored = ignore.get();
            if (ignored.test(manifest) || m.readsMore(text.get())
                    || m.blockers().stream().anyMatch(b -> probe.exists(context.resolve(b)) && !ignored.test(b))) {
                return Optional.empty();
            }
            List<String> here = new ArrayList<>(List.of(manifest));
            m.optional().stream().filter(o -> probe.isFile(context.resolve(o)) && !ignored.test(o))
                    .forEach(here::add);
            if (copied != null && !copied.equals(here)) {
                return Optional.empty();
            }
            copied = here;
        }
        return Optional.ofNullable(copied);
    }

    /**
     * What the ignore file in force ({@code Dockerfile.dockerignore} beside the Dockerfile, else the context's)
     * leaves out, as a test on context paths; empty when it cannot be read (nothing is known of what the build sees).
     */
    private static Optional<Predicate<String>> ignored(Path dockerfile, Path context, FileProbe probe) {
        for (Path p : List.of(dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore"),
                context.resolve(".dockerignore"))) {
            if (probe.isFile(p)) {
                return probe.read(p, MAX_MANIFEST)
                        .map(t -> Dockerignore.parse(new SourceFile(p, p.toString(), t))::matches);
            }
        }
        return Optional.of(path -> false);
    }

    /** The FILE of {@code -r FILE} / {@code --requirement FILE}, when it is the only one and a plain relative path. */
    private static Optional<String> requirementsFile(List<ShellWord> words) {
        Optional<String> found = Optional.empty();
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i).value();
            if (w.equals("-r") || w.equals("--requirement")) {
                String path = words.get(i + 1).value();
                if (found.isPresent() || !PLAIN_PATH.matcher(path).matches() || path.contains("..")) {
                    return Optional.empty();
                }
                found = Optional.of(path);
            }
        }
        return found;
    }
}
