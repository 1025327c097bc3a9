package dev.stacklint.engine;

import dev.stacklint.compose.Companions;
import dev.stacklint.compose.ComposeLoad;
import dev.stacklint.compose.ComposeLoader;
import dev.stacklint.compose.ComposeProject;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.project.BuildIndex;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ReadFindings;
import dev.stacklint.source.BoundedRead;
import dev.stacklint.source.Limits;
import dev.stacklint.source.SourceFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Compose projects of a run, each loaded when its turn to be linted comes and let go once linted, so that a batch
 * of thousands never holds them all. What a project needs of the others is loaded ahead: the projects that include
 * files (every lone file may be one they include), and the group of a file another project is combined with (an
 * override beside it, a dev container's partners), kept once asked for. Of each project linted only how it builds its
 * Dockerfiles stays, for {@link #builds}.
 */
final class ComposeBatch {
    /**
     * A Compose project to load: its files in order; for an add-on file (a Compose file found by its content),
     * the default project around it followed by the add-on, whose findings alone are reported, and the add-ons it is
     * combined with. A piece (a Compose-named add-on laid over a project in a folder above) is open-ended: the list
     * of files a script combines it with is not known here.
     */
    record Group(List<Path> files, Optional<Path> addOn, List<Path> partners, boolean openEnded) {
        Group(List<Path> files) {
            this(files, Optional.empty(), List.of(), false);
        }

        List<Path> base() {
            return addOn.isEmpty() ? List.of() : files.subList(0, files.size() - 1);
        }
    }

    /**
     * A Compose project's group, the files of it that were read, what loading them gave, and what the files it is used
     * with declare.
     */
    record Loaded(Group group, List<SourceFile> files, ComposeLoad load, Companions companions) {
    }

    private final List<Group> groups;
    private final LintRequest request;
    private final SourceFiles sources;
    private final Limits limits;
    private final Consumer<Finding> enabledSink;
    private final Consumer<Finding> sink;
    /** The group (not an add-on's) each Compose file belongs to. */
    private final Map<Path, Integer> groupOf = new HashMap<>();
    /** Groups loaded before their turn (includers, companions): empty when none of their files could be read. */
    private final Map<Integer, Optional<Loaded>> ahead = new ConcurrentHashMap<>();
    /** What each Compose file declares for the projects it is a companion of (its group's project), once asked. */
    private final Map<Path, Optional<ComposeProject>> declared = new ConcurrentHashMap<>();
    private final List<ComposeProject> includers;
    /** Per group: how its project builds each Dockerfile, or null when it was not loaded. */
    private final List<List<Map.Entry<Path, Builds>>> builds;
    /** Per group: the folder of a Compose file that could not be loaded, or null. */
    private final Path[] unreadable;

    /**
     * @param enabledSink where the findings about unreadable files go (when their rule is enabled)
     * @param sink        where the findings of a skipped template go
     */
    ComposeBatch(List<Group> groups, LintRequest request, SourceFiles sources, Limits limits,
                 Consumer<Finding> enabledSink, Consumer<Finding> sink) {
        this.groups = groups;
        this.request = request;
        this.sources = sources;
        this.limits = limits;
        this.enabledSink = enabledSink;
        this.sink = sink;
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).addOn().isEmpty()) {
                for (Path p : groups.get(i).files()) {
                    groupOf.putIfAbsent(p.toAbsolutePath().normalize(), i);
                }
            }
        }
        this.builds = new ArrayList<>(Collections.nCopies(groups.size(), null));
        this.unreadable = new Path[groups.size()];
        // a file that includes others has `include` in its text: only those groups are loaded to find the includers
        this.includers = IntStream.range(0, groups.size()).parallel()
                .filter(i -> groups.get(i).files().stream().anyMatch(p -> sources.input(p).text().contains("include")))
                .mapToObj(this::ahead).flatMap(Optional::stream).flatMap(l -> l.load().project().stream())
                .filter(p -> !p.includes().isEmpty()).toList();
    }

    int size() {
        return groups.size();
    }

    /** Group {@code i} loaded, with its companions; empty when none of its files can be linted. */
    Optional<Loaded> load(int i) {
        Optional<Loaded> early = ahead.get(i);
        Optional<Loaded> loaded = early != null ? early : read(i);
        loaded.ifPresent(l -> {
            builds.set(i, l.load().project().map(BuildIndex::buildsOf).orElse(List.of()));
            if (l.load().project().isEmpty()) {
                unreadable[i] = l.files().get(0).path().getParent();
            }
        });
        return loaded.map(l -> new Loaded(l.group(), l.files(), l.load(),
                completedBase(companions(l.group(), l.files()), l.files(), l.load().project())));
    }

    /** How the projects linted build each Dockerfile; call once every group is linted. */
    BuildIndex builds(SourceFiles referenced) {
        List<Map.Entry<Path, Builds>> all = new ArrayList<>();
        builds.stream().filter(Objects::nonNull).forEach(all::addAll);
        return new BuildIndex(all, Arrays.stream(unreadable).filter(Objects::nonNull).toList(),
                referenced::read);
    }

    private Optional<Loaded> ahead(int i) {
        return ahead.computeIfAbsent(i, this::read);
    }

    private Optional<Loaded> read(int i) {
        Group group = groups.get(i);
        List<SourceFile> files = group.files().stream().map(sources::input)
                .filter(src -> !sources.overLimit(src.path()))
                .filter(src -> ReadFindings.lintable(src, true, enabledSink))
                .filter(src -> !TemplateFiles.skip(src, request.enabled(), sink)).toList();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Loaded(group, files, ComposeLoader.load(files, request.environment(), limits,
                request.workingDir()), null));
    }

    /**
     * What {@code file} declares for a project it is a companion of: its group's project when it is one of the files
     * that group read, else the file loaded alone.
     */
    private Optional<ComposeProject> declared(Path file) {
        return declared.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            Integer group = groupOf.get(f);
            Optional<Loaded> loaded = group == null ? Optional.empty() : ahead(group);
            if (loaded.isPresent() && loaded.get().files().stream().anyMatch(s -> s.path().equals(f))) {
                return loaded.get().load().project();
            }
            return loadCompanion(f);
        });
    }

    /**
     * What the files this group is meant to be used with declare; their own findings belong to their own run. A file
     * this run loads is not loaded again; one it does not (an example override) is loaded once. A lone file that a
     * project includes (or may, through a path with an unset variable) is written against that project and the other
     * files it includes; an add-on against the add-ons beside it; a piece against files not known here.
     */
    private Companions companions(Group group, List<SourceFile> files) {
        Function<Path, Optional<ComposeProject>> load = this::declared;
        Companions companions = files.size() == 1
                ? IncludingProjects.of(files.get(0).path(), includers, load, Companions.NONE) : Companions.NONE;
        List<Path> others = new ArrayList<>(ComposeGroups.companions(files.stream().map(SourceFile::path).toList()));
        others.addAll(group.partners());
        for (Path p : others) {
            Optional<ComposeProject> project = load.apply(p);
            if (project.isPresent()) {
                companions = companions.plus(project.get());
            }
        }
        return group.openEnded() ? companions.plusUnknown() : companions;
    }

    /**
     * A main file that leaves a service without image and build, which an add-on beside it gives one (coolify's
     * {@code docker-compose.yml}, run as {@code -f docker-compose.yml -f docker-compose.prod.yml}), cannot run
     * alone: it is the base its add-ons complete, and what they declare counts for it too.
     */
    private Companions completedBase(Companions companions, List<SourceFile> files, Optional<ComposeProject> project) {
        Set<String> incomplete = project.stream().flatMap(pr -> pr.services().values().stream())
                .filter(sv -> sv.image().isEmpty() && sv.build().isEmpty() && sv.extendsRef().isEmpty()
                        && !sv.hasProvider())
                .map(sv -> sv.name().value()).collect(Collectors.toSet());
        if (files.size() != 1 || incomplete.isEmpty()) {
            return companions;
        }
        Companions completed = companions;
        for (Path addOn : ComposeGroups.addOnsOfMain(files.get(0).path())) {
            Optional<ComposeProject> p = declared(addOn);
            if (p.isPresent() && p.get().services().values().stream().anyMatch(sv -> incomplete.contains(sv.name().value())
                    && (sv.image().isPresent() || sv.build().isPresent()))) {
                completed = completed.plus(p.get()).asBase();
            }
        }
        return completed;
    }

    private Optional<ComposeProject> loadCompanion(Path p) {
        try {
            BoundedRead read = BoundedRead.read(p, p.toString(), limits);
            if (read.crossing().isPresent()) {
                return Optional.empty(); // past a limit: its own run reports it
            }
            return ComposeLoader.load(List.of(read.file()), request.environment(), limits, request.workingDir())
                    .project();
        } catch (IOException e) {
            return Optional.empty(); // an unreadable companion declares nothing; its own run reports it
        }
    }
}
