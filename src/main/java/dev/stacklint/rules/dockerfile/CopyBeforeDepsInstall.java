package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.FileProbe;
import dev.stacklint.source.Interpolation;
import dev.stacklint.source.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SL101: in one stage, a COPY/ADD of the whole build context, or of the folder an install then runs in
 * ({@code COPY ./frontend .} before {@code yarn install}), comes before a dependency install, so any source change
 * invalidates the install layer. Quiet for an ecosystem whose install already ran earlier in the stage (or in the
 * stage it builds on), for a folder copy when the manifests were copied by themselves before it, and for an
 * install whose RUN mounts its files or a package cache ({@code --mount=type=bind|cache}).
 */
public final class CopyBeforeDepsInstall implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("SL101", "copy-before-deps-install", Severity.WARNING, "The whole build context (or the folder an install runs in) is copied before "
            + "dependencies are installed, so every source change re-runs the install.").in(Category.PERFORMANCE)
            .fixable(Fix.Safety.UNSAFE);
    /** Files without an extension that a COPY names as files, not folders. */
    private static final Set<String> PLAIN_FILES = Set.of("gemfile", "pipfile", "makefile", "dockerfile", "procfile",
            "license", "readme", "rakefile", "justfile", "caddyfile", "version", "gradlew", "mvnw", "brewfile",
            "guardfile", "vagrantfile", "copying", "notice", "authors", "changelog", "manifest");

    /** What a stage has done so far, inherited by the stages built on it. */
    private record State(Set<String> installed, Map<String, Set<String>> manifestDirs) {
        State copy() {
            Map<String, Set<String>> dirs = new HashMap<>();
            manifestDirs.forEach((k, v) -> dirs.put(k, new HashSet<>(v)));
            return new State(new HashSet<>(installed), dirs);
        }

        /**
         * The ecosystem's manifests were copied by themselves, somewhere else than a folder above {@code cwd} (the
         * project root's {@code package.json} does not serve {@code web/}).
         */
        boolean manifestsCopiedFor(String ecosystem, String cwd) {
            return manifestDirs.getOrDefault(ecosystem, Set.of()).stream()
                    .anyMatch(d -> d.equals(cwd) || ContainerPaths.below(cwd, d).isEmpty());
        }
    }

    /** A COPY of a folder: its contents land in {@code destination}. */
    private record FolderCopy(Instruction instruction, String source, String destination) {
    }

    /** The builds' contexts tell the fix which manifests the build sees. */
    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> i instanceof Instruction.Copy
                || i instanceof Instruction.Add || i instanceof Instruction.Run);
        Map<String, State> byName = new HashMap<>();
        for (Stage stage : dockerfile.stages()) {
            State parent = byName.get(stage.from().image().value().toLowerCase(Locale.ROOT));
            State state = parent == null ? new State(new HashSet<>(), new HashMap<>()) : parent.copy();
            check(dockerfile.source(), stage, scopes, state, builds, ctx.files(), reporter);
            stage.name().ifPresent(n -> byName.put(n.toLowerCase(Locale.ROOT), state));
        }
    }

    private static void check(SourceFile file, Stage stage, Map<Instruction, Scope> scopes, State state,
                              Builds builds, FileProbe probe, Reporter reporter) {
        Instruction wholeCopy = null;
        List<FolderCopy> folders = new ArrayList<>();
        boolean reported = false;
        for (Instruction instruction : stage.instructions()) {
            Optional<Copied> copied = Copied.of(instruction);
            if (copied.isPresent()) {
                Copied c = copied.get();
                if (c.sources().stream().anyMatch(s -> isWholeContext(s.value()))) {
                    wholeCopy = wholeCopy == null ? instruction : wholeCopy;
                    continue;
                }
                String workdir = workdir(scopes.get(instruction));
                String destination = ContainerPaths.absolute(c.destination().value(), Optional.of(workdir))
                        .orElse(workdir);
                // one file copied to a name that does not end in `/` lands as that file
                boolean intoFolder = c.sources().size() > 1 || c.destination().value().endsWith("/")
                        || c.destination().value().equals(".");
                String landing = intoFolder || destination.equals("/") ? destination
                        : destination.substring(0, Math.max(1, destination.lastIndexOf('/')));
                c.sources().forEach(source -> DependencyInstall.manifestOf(source.value()).forEach(e ->
                        state.manifestDirs().computeIfAbsent(e, k -> new HashSet<>()).add(landing)));
                // a root filesystem overlay (`COPY rootfs /`) holds configuration, not the project
                c.sources().stream().filter(s -> isFolder(s.value()) && !destination.equals("/"))
                        .forEach(s -> folders.add(new FolderCopy(instruction, s.value(), destination)));
            } else if (instruction instanceof Instruction.Run run && !reported) {
                boolean mounted = mountsFilesOrCache(run);
                String cwd = workdir(scopes.get(instruction));
                for (SimpleCommand command : run.commands()) {
                    cwd = changedDirectory(command, cwd);
                    DependencyInstall install = DependencyInstall.of(command).orElse(null);
                    if (install == null) {
                        continue;
                    }
                    String eco = install.ecosystem();
                    if (!mounted && !state.installed().contains(eco)) {
                        Optional<FolderCopy> folder = state.manifestsCopiedFor(eco, cwd) ? Optional.empty()
                                : folderHolding(folders, cwd);
                        if (wholeCopy != null) {
                            reporter.report(wholeCopy.span(), wholeCopy.keyword() + " of the whole build context"
                                    + " comes before `" + install.text() + "`, so every source change re-runs the"
                                    + " install: copy " + install.manifests() + " first, " + install.firstStep()
                                    + ", then copy the rest", ManifestsFirst.of(file, stage, wholeCopy,
                                    instruction, command, cwd, builds.contexts(), builds.contextsUnknown(), probe)
                                    .orElse(null));
                            reported = true;
                        } else if (folder.isPresent()) {
                            Instruction at = folder.get().instruction();
                            reporter.report(at.span(), at.keyword() + " of `" + folder.get().source()
                                    + "` comes before `" + install.text() + "` run in it, so every change in that"
                                    + " folder re-runs the install: copy " + install.manifests() + " first, "
                                    + install.firstStep() + ", then copy the rest");
                            reported = true;
                        }
                    }
                    state.installed().add(eco);
                    if (reported) {
                        break;
                    }
                }
            }
        }
    }

    /** The working directory before an instruction; the base image's (usually {@code /}) when no WORKDIR set it. */
    private static String workdir(Scope scope) {
        return scope == null ? "/" : scope.workdir().orElse("/");
    }

    /** After {@code cd DIR} the commands that follow run in DIR; an unknown {@code cd} target leaves it unknown. */
    private static String changedDirectory(SimpleCommand command, String cwd) {
        if (command.program().filter("cd"::equals).isEmpty() || command.operands().size() != 1) {
            return cwd;
        }
        String dir = command.operands().get(0).value();
        if (!Interpolation.literal(dir) || dir.startsWith("~") || dir.equals("-")) {
            return "/?";
        }
        return ContainerPaths.absolute(dir, Optional.of(cwd)).orElse(cwd);
    }

    /** The last folder copied to the install's directory or to a folder above it. */
    private static Optional<FolderCopy> folderHolding(List<FolderCopy> folders, String cwd) {
        if (cwd.startsWith("/?")) {
            return Optional.empty();
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            if (ContainerPaths.below(cwd, folders.get(i).destination()).isPresent()) {
                return Optional.of(folders.get(i));
            }
        }
        return Optional.empty();
    }

    /** A bind mount brings the manifests in without a COPY; a cache mount keeps the downloads between builds. */
    private static boolean mountsFilesOrCache(Instruction.Run run) {
        for (Flag f : run.flags()) {
            if (f.name().equals("mount")) {
                String type = "bind";
                for (String option : f.value().split(",")) {
                    if (option.startsWith("type=")) {
                        type = option.substring(5);
                    }
                }
                if (type.equals("bind") || type.equals("cache")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sources and destination of a COPY or ADD from the build context (not {@code --from}, not heredocs). */
    private record Copied(List<Word> sources, Word destination) {
        static Optional<Copied> of(Instruction instruction) {
            return switch (instruction) {
                case Instruction.Copy c when Instruction.flag(c.flags(), "from").isEmpty() ->
                        Optional.of(new Copied(c.sources(), c.destination()));
                case Instruction.Add a -> Optional.of(new Copied(a.sources().stream()
                        .filter(s -> !s.value().contains("://")).toList(), a.destination()));
                default -> Optional.empty();
            };
        }
    }

    /** {@code .}, {@code ./}, {@code *}, {@code ./*}, {@code /} (the context root). */
    private static boolean isWholeContext(String source) {
        String s = source;
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        return s.isEmpty() || s.equals(".") || s.equals("*") || s.equals("/");
    }

    /**
     * A source that names a folder: it ends with {@code /}, or its last element has no extension and is not a
     * well-known extensionless file ({@code Gemfile}, {@code Makefile}); no globs, variables or heredocs.
     */
    private static boolean isFolder(String source) {
        if (source.isEmpty() || source.startsWith("<<") || !Interpolation.literal(source)
                || source.chars().anyMatch(ch -> ch == '*' || ch == '?' || ch == '[')) {
            return false;
        }
        if (source.endsWith("/")) {
            return true;
        }
        String name = source.substring(source.lastIndexOf('/') + 1);
        return !name.isEmpty() && !name.contains(".") && !PLAIN_FILES.contains(name.toLowerCase(Locale.ROOT));
    }
}
