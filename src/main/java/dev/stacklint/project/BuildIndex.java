package dev.stacklint.project;

import dev.stacklint.compose.Build;
import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.compose.Service;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.project.bake.BakeFile;
import dev.stacklint.project.bake.BakeTarget;
import dev.stacklint.source.FolderEntries;
import dev.stacklint.source.RepoRoot;
import dev.stacklint.source.SourceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each Dockerfile is built, from the Compose projects of the run and the bake files ({@code docker-bake.hcl},
 * {@code docker-bake.json}) in the Dockerfile's folder and the folders above it up to the repository root: the
 * targets each build asks for and the named contexts it passes. A Compose or bake file that cannot be read, or a bake
 * target whose paths are not literal, may build a Dockerfile below it with contexts nobody sees here.
 */
public final class BuildIndex {
    private final Map<Path, Builds> composeBuilds;
    private final List<Path> unreadableComposeFolders;
    private final Function<Path, Optional<SourceFile>> reader;
    private final Map<Path, List<BakeFile>> bakeFiles = new ConcurrentHashMap<>();

    /**
     * @param builds                   what each Compose service that builds a Dockerfile says about it
     *                                 ({@link #buildsOf}), projects in the run's order
     * @param unreadableComposeFolders folders of Compose files that could not be loaded
     * @param reader                   reads a bake file
     */
    public BuildIndex(List<Map.Entry<Path, Builds>> builds, List<Path> unreadableComposeFolders,
                      Function<Path, Optional<SourceFile>> reader) {
        Map<Path, Builds> merged = new HashMap<>();
        builds.forEach(e -> merged.merge(e.getKey(), e.getValue(), Builds::and));
        this.composeBuilds = Map.copyOf(merged);
        this.unreadableComposeFolders = List.copyOf(unreadableComposeFolders);
        this.reader = reader;
    }

    /**
     * The Dockerfiles {@code project}'s services build and how, in service order: all a run keeps of a project once
     * it is linted.
     */
    public static List<Map.Entry<Path, Builds>> buildsOf(ComposeProject project) {
        List<Map.Entry<Path, Builds>> builds = new ArrayList<>();
        Set<String> local = project.localBuilds();
        for (Service s : project.services().values()) {
            s.build().ifPresent(b -> b.dockerfilePath().ifPresent(
                    path -> builds.add(Map.entry(path, of(b).withLocalImages(builtElsewhere(project, local, path))))));
        }
        return builds;
    }

    /**
     * The project's local images ({@code local}) that other Dockerfiles build: a service that builds
     * {@code dockerfile} itself and tags it {@code image: nginx} ({@code FROM nginx} inside) pulls the published
     * image, it does not build on its own product.
     */
    private static Set<String> builtElsewhere(ComposeProject project, Set<String> local, Path dockerfile) {
        Set<String> others = new HashSet<>(local);
        for (Service s : project.services().values()) {
            if (s.build().flatMap(Build::dockerfilePath).filter(dockerfile::equals).isPresent()) {
                s.imageByDefaults().ifPresent(i -> others.remove(i.value().localIdentity()));
            }
        }
        return others;
    }

    private static Builds of(Build b) {
        Optional<String> target = b.target().map(Located::value).filter(t -> !t.isEmpty());
        Set<String> names = b.additionalContexts().stream().map(NamedValue::name).map(Located::value)
                .collect(Collectors.toSet());
        Optional<String> check = b.args().stream().filter(a -> a.name().value().equals("BUILDKIT_DOCKERFILE_CHECK"))
                .reduce((first, second) -> second).flatMap(NamedValue::value).map(Located::value);
        Set<String> args = b.args().stream().map(a -> a.name().value()).collect(Collectors.toSet());
        Set<String> valued = b.args().stream().filter(a -> a.value().isPresent()).map(a -> a.name().value())
                .collect(Collectors.toSet());
        Builds builds = new Builds(List.of(target), names, false, List.of(check), args, List.of(valued));
        return b.contextDirectory().map(builds::inContext).orElse(builds);
    }

    /** What the project says about how {@code dockerfile} is built; {@link Builds#ALONE} when nothing names it. */
    public Builds of(Path dockerfile) {
        Path file = dockerfile.toAbsolutePath().normalize();
        Builds builds = composeBuilds.getOrDefault(file, Builds.ALONE);
        boolean unknown = unreadableComposeFolders.stream().anyMatch(file::startsWith);
        Path dir = file.getParent();
        Path top = RepoRoot.of(dir).orElse(dir);
        for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
            for (BakeFile bake : bakeFiles.computeIfAbsent(d, this::bakeFilesIn)) {
                Builds found = fromBake(bake, d, file);
                builds = builds.and(found);
                unknown |= !bake.complete();
            }
        }
        return unknown && !builds.contextsUnknown() ? builds.and(new Builds(List.of(), Set.of(), true)) : builds;
    }

    private static Builds fromBake(BakeFile bake, Path bakeDir, Path dockerfile) {
        Builds builds = Builds.ALONE;
        for (String name : bake.targets().keySet()) {
            BakeTarget t = bake.flattened(name);
            Optional<String> context = t.context().literal();
            Optional<String> file = t.dockerfile().literal();
            if (t.context().isUnknown() || t.dockerfile().isUnknown()) {
                continue; // the file is incomplete: its Dockerfiles' contexts are unknown
            }
            String c = context.orElse(".");
            if (c.contains("://") || c.startsWith("git@") || c.startsWith("target:")) {
                continue;
            }
            Path contextDir = bakeDir.resolve(c).normalize();
            String f = file.orElse("Dockerfile");
            // bake resolves `dockerfile` against the context; accept a path from the bake file's folder too
            if (!contextDir.resolve(f).normalize().equals(dockerfile) && !bakeDir.resolve(f).normalize().equals(dockerfile)) {
                continue;
            }
            Optional<String> stage = t.stage().literal().filter(s -> !s.isEmpty());
            Set<String> names = t.contexts().literal().orElse(Set.of());
            builds = builds.and(new Builds(List.of(stage), names, t.contexts().isUnknown()).inContext(contextDir));
        }
        return builds;
    }

    private List<BakeFile> bakeFilesIn(Path dir) {
        List<BakeFile> found = new ArrayList<>();
        try {
            for (Path p : FolderEntries.names(dir).stream().filter(BakeFile::isBakeFile).map(dir::resolve)
                    .filter(Files::isRegularFile).sorted().toList()) {
                reader.apply(p).map(BakeFile::read).ifPresent(found::add);
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return found;
    }
}
