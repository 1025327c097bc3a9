package dev.stacklint.dockerfile;

import java.util.ArrayList;
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
 */
public record Builds(List<Optional<String>> targets, Set<String> namedContexts, boolean contextsUnknown) {
    public static final Builds ALONE = new Builds(List.of(), Set.of(), false);

    public Builds {
        targets = List.copyOf(targets);
        namedContexts = namedContexts.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** True when a build passes a context named {@code name} (matched without case, as stage names are). */
    public boolean namesContext(String name) {
        return namedContexts.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The stages that become images someone runs: each build's target (one that names no stage of this file is left
     * out), the last stage for a build without target or when no build is known.
     */
    public List<Stage> runningStages(Dockerfile dockerfile) {
        List<Stage> running = new ArrayList<>();
        List<Optional<String>> wanted = targets.isEmpty() ? List.of(Optional.empty()) : targets;
        for (Optional<String> target : wanted) {
            Optional<Stage> stage = target.isPresent() ? dockerfile.stage(target.get()) : dockerfile.finalStage();
            stage.filter(s -> running.stream().noneMatch(r -> r.index() == s.index())).ifPresent(running::add);
        }
        return running;
    }

    /** The indexes of the stages a running image is made of: its stage and those it is built FROM. */
    public Set<Integer> runningChains(Dockerfile dockerfile) {
        return runningStages(dockerfile).stream().flatMap(s -> dockerfile.chain(s).stream()).map(Stage::index)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Both sets of facts: a Dockerfile two projects build is built in both ways. */
    public Builds and(Builds other) {
        List<Optional<String>> t = new ArrayList<>(targets);
        t.addAll(other.targets);
        Set<String> names = new java.util.HashSet<>(namedContexts);
        names.addAll(other.namedContexts);
        return new Builds(t, names, contextsUnknown || other.contextsUnknown);
    }
}
