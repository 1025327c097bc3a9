package dev.stacklint.project;

import dev.stacklint.compose.Build;
import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.dockerfile.Arguments;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.project.command.Arg;
import dev.stacklint.project.command.CommandAnalyzer;
import dev.stacklint.project.command.CommandModel;
import dev.stacklint.project.command.EnvVar;
import dev.stacklint.source.GitIgnore;
import dev.stacklint.source.GitSubmodules;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds {@link Stack}s: for each Compose service, its build context, Dockerfile and target stage, the effective
 * command (the image's ENTRYPOINT + CMD, overridden by Compose {@code entrypoint}/{@code command}), the variables
 * and files the container sees, and whether it is production; for a Dockerfile linted without Compose, the same
 * for the stages it is built to (its final stage unless a bake target names another) with its folder as the context.
 */
public final class StackLinker {
    private final EnvironmentPolicy environments;
    private final Function<Path, Optional<Dockerfile>> dockerfiles;
    private final Function<Path, Optional<SourceFile>> files;
    private final Set<Path> released;
    private final GoReleaser goReleaser;

    public StackLinker(EnvironmentPolicy environments, Function<Path, Optional<Dockerfile>> dockerfiles,
                       Function<Path, Optional<SourceFile>> files) {
        this(environments, dockerfiles, files, Set.of());
    }

    /**
     * @param dockerfiles reads and parses a Dockerfile a build names (the engine's cache, so that each Dockerfile
     *                    is parsed once and findings share its files)
     * @param files       reads any other file the stack refers to (Python entry files, scripts, configs)
     * @param released    the Dockerfiles a CI workflow builds: images that ship, so production unless configured
     *                    or named otherwise
     */
    public StackLinker(EnvironmentPolicy environments, Function<Path, Optional<Dockerfile>> dockerfiles,
                       Function<Path, Optional<SourceFile>> files, Set<Path> released) {
        this.environments = environments;
        this.dockerfiles = dockerfiles;
        this.files = files;
        this.released = Set.copyOf(released);
        this.goReleaser = new GoReleaser(files);
    }

    public Stack link(ComposeProject project) {
        List<Container> containers = new ArrayList<>();
        List<Stack.BuildProblem> problems = new ArrayList<>();
        Set<Path> built = new LinkedHashSet<>();
        Map<Path, Environment> fileEnvironments = composeEnvironments(project);
        for (Service s : project.services().values()) {
            // a partial build's problems are the main project's to tell: they are dropped here
            containers.add(service(s, partialBuild(s, project) ? new ArrayList<>() : problems, fileEnvironments));
            s.build().flatMap(Build::dockerfilePath).ifPresent(built::add);
        }
        // a file written to be copied elsewhere first: its missing builds are not certain mistakes
        Set<Path> relocated = RelocatedBuilds.of(project.services().values());
        List<Stack.BuildProblem> judged = problems.stream().map(p -> !relocated.contains(p.at().file().path()) ? p
                : new Stack.BuildProblem(p.at(), p.message() + " (or this file is copied elsewhere before use: no"
                        + " build of it is found from its own folder, every one is from a folder above it)", true))
                .toList();
        return new Stack(Optional.of(project), List.copyOf(containers), judged, Set.copyOf(built),
                environments, Map.copyOf(fileEnvironments));
    }

    /**
     * Each Compose file's environment: configured, else its name's, else development when its content or a
     * production sibling says so ({@link DevelopmentTells}), else unknown.
     */
    private Map<Path, Environment> composeEnvironments(ComposeProject project) {
        Map<Path, Environment> out = new HashMap<>();
        for (ComposeProject.Document d : project.documents()) {
            Path path = d.file().path();
            if (out.containsKey(path)) {
                continue;
            }
            Environment e = environments.of(path);
            if (e == Environment.UNKNOWN && DevelopmentTells.compose(d.file(), project.services().values().stream()
                    .filter(s -> s.origin().file().path().equals(path)).toList())) {
                e = Environment.DEVELOPMENT;
            }
            out.put(path, e);
        }
        return out;
    }

    /**
     * A Dockerfile's environment: configured; else, when a CI workflow builds it, production unless its own name
     * says development ({@code Dockerfile.dev}; a {@code dev/} folder does not: wiki.js ships from
     * {@code dev/build/Dockerfile}); else by name, else development beside a production one.
     */
    private Environment dockerfileEnvironment(Path dockerfile) {
        Optional<Environment> configured = environments.configured(dockerfile);
        if (configured.isPresent()) {
            return configured.get();
        }
        if (released.contains(dockerfile.toAbsolutePath().normalize()) && dockerfile.getFileName() != null) {
            return EnvironmentPolicy.byName(dockerfile.getFileName()) == Environment.DEVELOPMENT
                    ? Environment.DEVELOPMENT : Environment.PRODUCTION;
        }
        Environment e = environments.of(dockerfile);
        return e == Environment.UNKNOWN && DevelopmentTells.dockerfile(dockerfile) ? Environment.DEVELOPMENT : e;
    }

    /**
     * A Dockerfile with no Compose file building it, its folder as the context: one container for each stage it is
     * built to (a bake target's {@code target}), else for its final stage.
     */
    public Stack lone(Dockerfile dockerfile, Builds builds) {
        return lone(dockerfile, builds, dockerfile.source().path().getParent());
    }

    /**
     * {@link #lone(Dockerfile, Builds)} with the build context {@link LoneContext} infers between the Dockerfile's
     * folder and {@code top} (the repository or linted folder it is in).
     */
    public Stack lone(Dockerfile dockerfile, Builds builds, Path top) {
        SourceFile dockerfileSource = dockerfile.source();
        // GoReleaser builds in a folder it assembles from its project's files: the repository's ignore file is not used
        Optional<Path> goReleased = goReleaser.project(dockerfileSource.path(), top);
        Path context = goReleased.orElseGet(() -> LoneContext.of(dockerfile, top));
        List<Stage> running = builds.runningStages(dockerfile);
        List<Container> containers = new ArrayList<>();
        if (running.isEmpty()) {
            containers.add(lone(dockerfileSource, Optional.empty()));
        }
        for (Stage stage : running) {
            String target = String.valueOf(stage.index());
            containers.add(lone(dockerfileSource, goReleased.isPresent()
                    ? BuiltImage.assembled(dockerfile, Optional.of(target), context, files)
                    : BuiltImage.of(dockerfile, Optional.of(target), context, files)));
        }
        return new Stack(Optional.empty(), List.copyOf(containers), List.of(), Set.of(dockerfileSource.path()),
                environments, Map.of(dockerfileSource.path(), dockerfileEnvironment(dockerfileSource.path())));
    }

    private Container lone(SourceFile dockerfileSource, Optional<BuiltImage> image) {
        Map<String, EnvVar> variables = imageVariables(image, false);
        ContainerFiles containerFiles = new ContainerFiles(image, List.of(),
                image.flatMap(i -> i.workdir(Optional.empty())), files);
        boolean moreUnknown = image.map(i -> !PlainImages.isPlain(i.base().image().value())).orElse(true);
        CommandModel command = command(imageCommand(image), new ContainerContext(variables, moreUnknown, containerFiles));
        // an image's own command is what it ships with: production unless something says development
        Environment file = dockerfileEnvironment(dockerfileSource.path());
        Environment env = file == Environment.DEVELOPMENT
                || image.flatMap(i -> i.stage().name()).map(environments::isDevelopmentName).orElse(false)
                ? Environment.DEVELOPMENT : Environment.PRODUCTION;
        Optional<String> runImage = image.flatMap(BuiltImage::baseImage);
        return new Container(dockerfileSource.displayPath(), Optional.empty(), image, command, variables, env,
                NginxConfigs.of(image, runImage, List.of(), files));
    }

    private Container service(Service s, List<Stack.BuildProblem> problems, Map<Path, Environment> fileEnvironments) {
        Optional<BuiltImage> image = s.build().flatMap(b -> build(b, problems));
        // variables may also come from an env_file, or from a base image the linter does not know
        Optional<String> base = image.map(i -> i.base().image().value())
                .or(() -> s.image().map(i -> i.value().reference()));
        boolean moreUnknown = !s.envFiles().isEmpty() || base.map(b -> !PlainImages.isPlain(b)).orElse(true);
        Map<String, EnvVar> variables = imageVariables(image, !s.envFiles().isEmpty());
        for (NamedValue nv : s.environment()) {
            String name = nv.name().value();
            Origin at = nv.value().map(v -> nv.name().origin().to(v.origin())).orElse(nv.name().origin());
            // a value taken from the environment Compose runs in (`${VAR}`, or `- KEY` alone) is not known here
            Optional<String> value = nv.value().filter(v -> !v.interpolated())
                    .map(Located::value);
            variables.put(name, new EnvVar(name, value, Optional.of(at)));
        }
        List<ContainerFiles.Mount> mounts = new ArrayList<>();
        for (VolumeMount v : s.volumes()) {
            if (v.type() == VolumeMount.Type.BIND && v.source().isPresent()) {
                mounts.add(new ContainerFiles.Mount(v.target().value(), v.hostPath())); // no host path: unknown files
            }
        }
        Optional<String> workdir = Container.workingDir(Optional.of(s), image);
        ContainerContext ctx = new ContainerContext(variables, moreUnknown,
                new ContainerFiles(image, mounts, workdir, files));
        CommandModel command = command(effectiveCommand(s, image), ctx);
        image.ifPresent(i -> fileEnvironments.computeIfAbsent(i.dockerfile().source().path(),
                this::dockerfileEnvironment));
        Optional<String> runImage = image.isPresent() ? image.get().baseImage()
                : s.literalImage().map(i -> i.value().reference());
        return new Container(s.name().value(), Optional.of(s), image, command, variables,
                environment(s, image, fileEnvironments), NginxConfigs.of(image, runImage, s.volumes(), files));
    }

    /**
     * A build of an add-on file that names neither a context nor a Dockerfile ({@code build: {args: ...}}) for a
     * service the main project beside it builds: Compose merges it into that build, so its context is not the
     * add-on's folder, and whatever it lacks is judged on the main project.
     */
    private static boolean partialBuild(Service s, ComposeProject project) {
        return s.build().isPresent() && project.companions().service(s.name().value())
                && s.definition().mapping("build").map(b -> b.get("context").isEmpty() && b.get("dockerfile").isEmpty()
                        && b.get("dockerfile_inline").isEmpty()).orElse(false);
    }

    /** The image a build produces, or the problem that stops it. */
    private Optional<BuiltImage> build(Build b, List<Stack.BuildProblem> problems) {
        if (b.contextDirectory().isEmpty() || b.dockerfileInline().isPresent()) {
            return Optional.empty(); // a remote context or an inline Dockerfile: nothing on disk to link
        }
        Path context = b.contextDirectory().get();
        if (!Files.isDirectory(context)) {
            if (GitSubmodules.contains(context) || GitIgnore.ignored(context)) {
                // a submodule not checked out (cloned without --recurse-submodules), or a folder git ignores
                // because a step before the build makes it (`./vendor/laravel/sail/...` that composer installs)
                return Optional.empty();
            }
            problems.add(new Stack.BuildProblem(b.context().origin(),
                    "the build context `" + b.context().value() + "` does not exist; fix the path"));
            return Optional.empty();
        }
        Path path = b.dockerfilePath().orElseThrow();
        if (!Files.isRegularFile(path)) {
            if (GitIgnore.ignored(path)) {
                return Optional.empty(); // a generated Dockerfile, written before the build
            }
            if (GitSubmodules.notCheckedOut(path)) {
                return Optional.empty(); // the submodule's folder is there but empty: not initialised
            }
            String name = b.dockerfile().map(Located::value).orElse("Dockerfile");
            problems.add(new Stack.BuildProblem(b.dockerfile().map(Located::origin).orElse(b.origin()),
                    "there is no `" + name + "` in the build context `" + b.context().value()
                            + "`; fix the path or add the Dockerfile"));
            return Optional.empty();
        }
        Optional<Dockerfile> parsed = dockerfiles.apply(path);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Dockerfile dockerfile = parsed.get();
        Optional<String> target = b.target().map(Located::value);
        Optional<BuiltImage> image = BuiltImage.of(dockerfile, target, context, files);
        if (image.isEmpty() && target.isPresent() && dockerfile.errors().isEmpty()) {
            problems.add(new Stack.BuildProblem(b.target().get().origin(), "the Dockerfile `"
                    + dockerfile.source().displayPath() + "` has no stage `" + target.get() + "`; use one of its stage names"));
        }
        return image;
    }

    /** The image's ENV; when an env_file may override them, their values are unknown. */
    private static Map<String, EnvVar> imageVariables(Optional<BuiltImage> image, boolean overridable) {
        Map<String, EnvVar> variables = new LinkedHashMap<>();
        image.ifPresent(i -> {
            Map<String, Optional<String>> values = i.end().variables().env();
            i.env().forEach((name, kv) -> {
                Origin at = new Origin(i.dockerfile().source(), kv.span());
                Optional<String> value = overridable ? Optional.empty() : values.getOrDefault(name, Optional.empty());
                variables.put(name, new EnvVar(name, value, Optional.of(at)));
            });
        });
        return variables;
    }

    /**
     * ENTRYPOINT followed by CMD, as Docker runs them: Compose's {@code entrypoint} replaces the image's and clears
     * its CMD, Compose's {@code command} replaces CMD, and a shell-form ENTRYPOINT ignores CMD.
     */
    private static List<Arg> effectiveCommand(Service s, Optional<BuiltImage> image) {
        Optional<List<Arg>> entrypoint = s.entrypoint().map(StackLinker::words);
        Optional<List<Arg>> command = s.command().map(StackLinker::words);
        if (entrypoint.isPresent()) {
            List<Arg> argv = new ArrayList<>(entrypoint.get());
            command.ifPresent(argv::addAll);
            return argv;
        }
        return command.isPresent() ? withImageEntrypoint(image, command.get()) : imageCommand(image);
    }

    private static List<Arg> imageCommand(Optional<BuiltImage> image) {
        List<Arg> cmd = image.flatMap(i -> i.cmd().map(c -> CommandWords.of(c.command(), i.dockerfile().source())))
                .orElse(List.of());
        return withImageEntrypoint(image, cmd);
    }

    /** The image's ENTRYPOINT followed by {@code cmd}; a shell-form ENTRYPOINT ignores {@code cmd}. */
    private static List<Arg> withImageEntrypoint(Optional<BuiltImage> image, List<Arg> cmd) {
        Optional<Instruction.Entrypoint> entrypoint = image.flatMap(BuiltImage::entrypoint);
        if (entrypoint.isEmpty()) {
            return cmd;
        }
        List<Arg> argv = new ArrayList<>(CommandWords.of(entrypoint.get().command(), image.get().dockerfile().source()));
        if (!(entrypoint.get().command() instanceof Arguments.ShellForm)) {
            argv.addAll(cmd);
        }
        return argv;
    }

    /** A Compose {@code command}/{@code entrypoint} as words: a list as written, a string split as Compose splits it. */
    private static List<Arg> words(dev.stacklint.compose.Command c) {
        return switch (c) {
            case dev.stacklint.compose.Command.ListForm l ->
                    l.arguments().stream().map(a -> Arg.of(a.value(), a.origin())).toList();
            case dev.stacklint.compose.Command.StringForm s -> {
                Arg line = Arg.of(s.line().value(), s.line().origin());
                yield ShellParser.words(line.value()).stream()
                        .map(w -> Arg.of(w.value(), line.locate(w.span().start(), w.span().end()))).toList();
            }
        };
    }

    private static CommandModel command(List<Arg> argv, ContainerContext ctx) {
        return argv.isEmpty() ? CommandModel.EMPTY : CommandAnalyzer.analyze(argv, ctx);
    }

    /**
     * Development when its file, a profile, its build target or its Dockerfile says so; production when its file or
     * its Dockerfile is a production one; otherwise unknown.
     */
    private Environment environment(Service s, Optional<BuiltImage> image, Map<Path, Environment> files) {
        Environment file = files.containsKey(s.origin().file().path()) ? files.get(s.origin().file().path())
                : environments.of(s.origin().file().path());
        Environment dockerfile = image.map(i -> files.getOrDefault(i.dockerfile().source().path(),
                Environment.UNKNOWN)).orElse(Environment.UNKNOWN);
        boolean dev = file == Environment.DEVELOPMENT || dockerfile == Environment.DEVELOPMENT
                || s.profiles().stream().anyMatch(p -> environments.isDevelopmentName(p.value()))
                || s.build().flatMap(Build::target).map(t -> environments.isDevelopmentName(t.value())).orElse(false);
        if (dev) {
            return Environment.DEVELOPMENT;
        }
        return file == Environment.PRODUCTION || dockerfile == Environment.PRODUCTION ? Environment.PRODUCTION
                : Environment.UNKNOWN;
    }
}
