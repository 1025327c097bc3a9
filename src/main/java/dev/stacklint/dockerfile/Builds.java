package dev.stacklint.dockerfile;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the project says about how a Dockerfile is built: by Compose services ({@code build}) and bake targets that
 * name it. Rules about names that are not stages, or about the image a container runs, read it; a Dockerfile nobody
 * names is built alone ({@link #ALONE}): its last stage becomes the image and no named context is passed.
 *
 * @param targets         each known build's target stage; empty for a build of the last stage
 * @param namedContexts   the names of the build contexts the builds pass besides the main one (Compose
 *                        {@code build.additional_contexts}, bake {@code contexts}), lower-cased
 * @param contextsUnknown a Compose or bake file that may build this Dockerfile could not be read, so it may pass
 *                        named contexts nobody can see here
 * @param checkArgs       each Compose build's {@code BUILDKIT_DOCKERFILE_CHECK} build argument (BuildKit's check
 *                        options, which replace the file's {@code # check=} directive), empty for a build that passes
 *                        none; one entry per Compose build
 * @param buildArgs       the names of the build arguments Compose builds pass ({@code build.args}), for messages: Docker
 *                        ignores one that no ARG declares, so they define nothing by themselves
 * @param valuedArgs      the names each build gives a value in the file ({@code NAME=value}, not a bare {@code NAME}
 *                        taken from the environment); one entry per build, empty for a bake build
 * @param contexts        the build context folders of the known builds (empty when nothing names the file: then the
 *                        context is not known for sure)
 * @param localImages     the local images the projects that build this file also build, as
 *                        {@code name:tag} ({@code ComposeProject.localBuilds}): a FROM naming
 *                        one takes that build product, it pulls nothing
 */
public record Builds(List<Optional<String>> targets, Set<String> namedContexts, boolean contextsUnknown,
                     List<Optional<String>> checkArgs, Set<String> buildArgs, List<Set<String>> valuedArgs,
                     Set<Path> contexts, Set<String> localImages) {
    public static final Builds ALONE = new Builds(List.of(), Set.of(), false);

    public Builds {
        targets = List.copyOf(targets);
        namedContexts = namedContexts.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        checkArgs = List.copyOf(checkArgs);
        buildArgs = Set.copyOf(buildArgs);
        valuedArgs = valuedArgs.stream().map(Set::copyOf).toList();
        contexts = Set.copyOf(contexts);
        localImages = Set.copyOf(localImages);
    }

    public Builds(List<Optional<String>> targets, Set<String> namedContexts, boolean contextsUnknown,
                  List<Optional<String>> checkArgs, Set<String> buildArgs, List<Set<String>> valuedArgs,
                  Set<Path> contexts) {
        this(targets, namedContexts, contextsUnknown, checkArgs, buildArgs, valuedArgs, contexts, Set.of());
    }

    /** One Compose build. */
    public Builds(List<Optional<String>> targets, Set<String> namedContexts, boolean contextsUnknown,
                  List<Optional<String>> checkArgs, Set<String> buildArgs, List<Set<String>> valuedArgs) {
        this(targets, namedContexts, contextsUnknown, checkArgs, buildArgs, valuedArgs, Set.of());
    }

    /** Builds that pass no build argument (bake targets, or a test's stages). */
    public Builds(List<Optional<String>> targets, Set<String> namedContexts, boolean contextsUnknown) {
        this(targets, namedContexts, contextsUnknown, List.of(), Set.of(), targets.stream().map(t -> Set.<String>of()).toList());
    }

    /** The same builds, run with {@code context} as their build context. */
    public Builds inContext(Path context) {
        return new Builds(targets, namedContexts, contextsUnknown, checkArgs, buildArgs, valuedArgs,
                Set.of(context.toAbsolutePath().normalize()), localImages);
    }

    /** The same builds, by a project that also builds the local images {@code images} ({@code name:tag}). */
    public Builds withLocalImages(Set<String> images) {
        return new Builds(targets, namedContexts, contextsUnknown, checkArgs, buildArgs, valuedArgs, contexts, images);
    }

    /** True when the projects building this file build {@code image} themselves ({@code name:tag}). */
    public boolean buildsLocally(String identity) {
        return localImages.contains(identity);
    }

    /**
     * True when the file is known to be built only by the project's builds and every one gives {@code arg} a value,
     * so that none of them sees it empty.
     */
    public boolean everyBuildGives(String arg) {
        return !valuedArgs.isEmpty() && !contextsUnknown && valuedArgs.stream().allMatch(a -> a.contains(arg));
    }

    /**
     * The check options that replace the file's directive: the {@code BUILDKIT_DOCKERFILE_CHECK} value when every
     * Compose build passes the same one (a build that passes none sees the directive, so then the directive holds).
     */
    public Optional<String> checkOverride() {
        if (checkArgs.isEmpty() || checkArgs.stream().anyMatch(Optional::isEmpty)
                || checkArgs.stream().distinct().count() > 1) {
            return Optional.empty();
        }
        return checkArgs.get(0);
    }

    /** True when a build passes a context named {@code name} (matched without case, as stage names are). */
    public boolean namesContext(String name) {
        return namedContexts.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The stages that become images someone runs: the last stage (what a plain {@code docker build} makes) and each
     * build's target (one that names no stage of this file is left out). The other stages are builder stages.
     */
    public List<Stage> runningStages(Dockerfile dockerfile) {
        List<Stage> running = new ArrayList<>();
        List<Optional<String>> wanted = new ArrayList<>(List.of(Optional.empty()));
        wanted.addAll(targets);
        for (Optional<String> target : wanted) {
            Optional<Stage> stage = target.isPresent() ? dockerfile.stage(target.get()) : dockerfile.finalStage();
            stage.filter(s -> running.stream().noneMatch(r -> r.index() == s.index())).ifPresent(running::add);
        }
        return running;
    }

    /**
     * The indexes of the stages a running image is made of: its stage and those it is built FROM (with every stage a
     * FROM built from a variable may name).
     */
    public Set<Integer> runningChains(Dockerfile dockerfile) {
        Set<Integer> found = new HashSet<>();
        Deque<Stage> todo = new ArrayDeque<>(runningStages(dockerfile));
        while (!todo.isEmpty()) {
            Stage s = todo.pop();
            for (Stage c : dockerfile.chain(s)) {
                if (found.add(c.index())) {
                    todo.addAll(dockerfile.variantParents(c)); // a build argument may pick another parent
                }
            }
        }
        return Set.copyOf(found);
    }

    /**
     * The instructions whose values end up in a running image or its history: those of the stages
     * {@link #runningChains} names, and each global ARG (before the first FROM) unless only stages outside those
     * declare it again (a global ARG no stage declares is judged: which build passes it is not known).
     */
    public Set<Instruction> imageInstructions(Dockerfile dockerfile) {
        Set<Integer> running = runningChains(dockerfile);
        Set<Instruction> result = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> inRunning = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        for (Stage s : dockerfile.stages()) {
            if (running.contains(s.index())) {
                result.addAll(s.instructions());
            }
            Set<String> names = running.contains(s.index()) ? inRunning : elsewhere;
            s.instructions().stream().filter(i -> i.effective() instanceof Instruction.Arg)
                    .forEach(i -> ((Instruction.Arg) i.effective()).declarations()
                            .forEach(d -> names.add(d.name().value())));
        }
        int firstFrom = dockerfile.stages().isEmpty() ? Integer.MAX_VALUE
                : dockerfile.stages().get(0).from().span().start();
        dockerfile.instructions().stream()
                .filter(i -> i.span().start() < firstFrom && i instanceof Instruction.Arg a
                        && a.declarations().stream().anyMatch(d -> inRunning.contains(d.name().value())
                        || !elsewhere.contains(d.name().value())))
                .forEach(result::add);
        return result;
    }

    /** Both sets of facts: a Dockerfile two projects build is built in both ways. */
    public Builds and(Builds other) {
        List<Optional<String>> t = new ArrayList<>(targets);
        t.addAll(other.targets);
        Set<String> names = new HashSet<>(namedContexts);
        names.addAll(other.namedContexts);
        List<Optional<String>> checks = new ArrayList<>(checkArgs);
        checks.addAll(other.checkArgs);
        Set<String> args = new HashSet<>(buildArgs);
        args.addAll(other.buildArgs);
        List<Set<String>> valued = new ArrayList<>(valuedArgs);
        valued.addAll(other.valuedArgs);
        Set<Path> dirs = new HashSet<>(contexts);
        dirs.addAll(other.contexts);
        Set<String> local = new HashSet<>(localImages);
        local.addAll(other.localImages);
        return new Builds(t, names, contextsUnknown || other.contextsUnknown, checks, args, valued, dirs, local);
    }
}
