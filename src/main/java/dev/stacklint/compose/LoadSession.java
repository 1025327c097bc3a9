package dev.stacklint.compose;

import dev.stacklint.compose.schema.ComposeSchema;
import dev.stacklint.compose.schema.Violation;
import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.dockerfile.SuppressionDirective;
import dev.stacklint.source.BoundedRead;
import dev.stacklint.source.GitIgnore;
import dev.stacklint.source.Limits;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.MergeTag;
import dev.stacklint.yaml.ScalarExtents;
import dev.stacklint.yaml.ScalarKind;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlReader;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One run of {@link ComposeLoader}: the files read so far, the findings, and what extends/include resolved to. */
final class LoadSession {
    private static final List<String> SECTIONS = List.of("services", "networks", "volumes", "secrets", "configs");

    private final Map<String, String> processEnvironment;
    private final Limits limits;
    private final Path lintRoot;
    private ProjectBoundary boundary;
    private final Problems problems = new Problems();
    private final Map<Path, SourceFile> files = new LinkedHashMap<>();
    private final Map<SourceFile, Path> baseDirectories = new IdentityHashMap<>();
    private final List<ComposeProject.Document> documents = new ArrayList<>();
    private final List<IncludeRef> includes = new ArrayList<>();
    private final List<SourceFile> dotEnvFiles = new ArrayList<>();
    private final List<UnsetVariable> unset = new ArrayList<>();
    private final Set<Path> emptyFiles = new HashSet<>();
    private final Map<SourceFile, ScalarExtents> scalars = new IdentityHashMap<>();
    private SourceFile first;
    private ExtendsResolver extendsResolver;

    LoadSession(Map<String, String> processEnvironment, Limits limits, Path lintRoot) {
        this.processEnvironment = processEnvironment;
        this.limits = limits;
        this.lintRoot = lintRoot;
    }

    /** What one project (the main one, or an included one) interpolates with, and the files it has prepared. */
    private record Scope(Map<String, String> variables, boolean fromEnvFile, Map<Path, List<YamlMapping>> prepared) {
    }

    ComposeLoad load(List<SourceFile> given) {
        if (given.isEmpty()) {
            return new ComposeLoad(Optional.empty(), List.of(), Map.of());
        }
        first = given.get(0);
        Path directory = parent(first);
        boundary = ProjectBoundary.of(directory, lintRoot);
        extendsResolver = new ExtendsResolver(new PathGuard(boundary, problems), problems, p -> read(p, null));
        given.forEach(f -> register(f, directory));
        Scope scope = scope(directory, Optional.empty());
        YamlMapping root = project(scope, given, new ArrayDeque<>(List.of(first.path())));
        // Compose refuses a project with nothing in it, not an empty file layered over others or included by one
        if (given.stream().allMatch(f -> emptyFiles.contains(f.path()))) {
            given.forEach(f -> problems.empty(new Origin(f, Span.at(0)), "the file is empty"
                    + (f.text().isBlank() ? "" : " (it holds only comments)")
                    + ": Compose refuses an empty Compose file; give it a `services:` mapping, or delete it"));
        }
        ModelBuilder model = new ModelBuilder(f -> baseDirectories.getOrDefault(f, parent(f)), extendsResolver.resolutions(),
                p -> read(p, null).map(this::dotEnvFile), new UnsetPaths(unset, problems), new PathGuard(boundary, problems));
        ComposeProject project = new ComposeProject(List.copyOf(files.values()), List.copyOf(documents), directory,
                root.scalar("name").map(Located::of), model.services(root), model.resources(root, "networks"),
                model.resources(root, "volumes"), model.resources(root, "secrets"), model.resources(root, "configs"),
                List.copyOf(includes), Companions.NONE, dotEnvFiles.stream().map(this::dotEnvFile).toList());
        return new ComposeLoad(Optional.of(project), List.copyOf(new LinkedHashSet<>(problems.all())), scalars);
    }

    /** Variables: the process environment over the {@code .env} (or the given env files) of the project directory. */
    private Scope scope(Path directory, Optional<List<Path>> envFiles) {
        Map<String, String> variables = new HashMap<>();
        boolean fromEnvFile = false;
        for (Path p : envFiles.orElse(List.of(directory.resolve(".env")))) {
            if (Files.isRegularFile(p)) {
                fromEnvFile = true;
                read(p, directory).ifPresent(env -> {
                    variables.putAll(DotEnv.parse(env, processEnvironment, problems));
                    if (!dotEnvFiles.contains(env)) {
                        dotEnvFiles.add(env);
                    }
                });
            }
        }
        variables.putAll(processEnvironment);
        return new Scope(variables, fromEnvFile, new HashMap<>());
    }

    /** Merges the files of one project in order, resolving extends per file and include per project. */
    private YamlMapping project(Scope scope, List<SourceFile> projectFiles, Deque<Path> includeChain) {
        YamlMapping merged = new YamlMapping(List.of(), new Origin(projectFiles.get(0), Span.at(0)), MergeTag.NONE);
        List<Included> included = new ArrayList<>();
        for (SourceFile file : projectFiles) {
            for (YamlMapping doc : prepare(scope, file)) {
                included.addAll(includes(doc, file, includeChain));
                merged = Merger.merge(merged, extendsResolver.apply(file, doc, other -> prepare(scope, other)));
            }
        }
        for (Included inc : included) {
            merged = addIncluded(merged, inc);
        }
        return merged;
    }

    /** Parses, validates, interpolates and normalizes a file's documents (once per scope). */
    private List<YamlMapping> prepare(Scope scope, SourceFile file) {
        List<YamlMapping> cached = scope.prepared().get(file.path());
        if (cached != null) {
            return cached;
        }
        List<YamlMapping> prepared = new ArrayList<>();
        scope.prepared().put(file.path(), prepared);
        int before = problems.all().size();
        List<YamlNode> docs;
        if (SuppressionDirective.mayAppearIn(file.text())) {
            YamlReader.Read read = YamlReader.readWithScalars(file, problems, limits);
            docs = read.documents();
            scalars.put(file, read.scalars());
        } else {
            docs = YamlReader.read(file, problems, limits);
        }
        if (docs.stream().allMatch(YamlNode::isNull) && problems.all().size() == before) {
            emptyFiles.add(file.path());
        }
        for (YamlNode doc : docs) {
            if (!(doc instanceof YamlMapping root)) {
                if (!doc.isNull()) {
                    problems.schema(doc.origin(), "a Compose file must be a mapping of top-level keys such as "
                            + "`services`, not " + doc.describe());
                }
                continue;
            }
            documents.add(new ComposeProject.Document(file, root));
            for (Violation v : ComposeSchema.get().validate(root)) {
                problems.schema(v.at(), v.message(), v.fix());
            }
            YamlNode interpolated = new Interpolator(scope.variables(), scope.fromEnvFile(), problems, unset).apply(root);
            prepared.add(new Normalizer(problems).document((YamlMapping) interpolated));
        }
        return prepared;
    }

    /** A project pulled in by {@code include}, with the entry that named it. */
    private record Included(YamlMapping root, YamlMapping entry, String name) {
    }

    private List<Included> includes(YamlMapping doc, SourceFile file, Deque<Path> chain) {
        List<Included> result = new ArrayList<>();
        Optional<YamlSequence> list = doc.sequence("include");
        if (list.isEmpty()) {
            return result;
        }
        for (YamlNode item : list.get().items()) {
            if (!(item instanceof YamlMapping entry)) {
                continue;
            }
            List<YamlScalar> paths = scalars(entry.get("path").orElse(null));
            if (paths.isEmpty()) {
                continue;
            }
            Path base = baseDirectories.getOrDefault(file, parent(file));
            List<SourceFile> projectFiles = new ArrayList<>();
            boolean cycle = false;
            UnsetPaths unsetPaths = new UnsetPaths(unset, problems);
            List<YamlScalar> unknown = paths.stream()
                    .filter(p -> unsetPaths.unresolved(Located.of(p), "the included file")).toList();
            if (!unknown.isEmpty()) {
                unknown.forEach(p -> includes.add(new IncludeRef(Located.of(p), false, true)));
                continue; // which files it names is not known here: the project is checked without them
            }
            PathGuard guard = new PathGuard(boundary, problems);
            if (!paths.stream().allMatch(p -> guard.inside(p, "include", HostPaths.resolve(base, p.text())))) {
                continue; // each path that is not read was reported
            }
            for (YamlScalar p : paths) {
                Optional<Path> resolved = HostPaths.resolve(base, p.text());
                if (resolved.isPresent() && chain.contains(resolved.get())) {
                    problems.schema(p.origin(), "`include` forms a cycle: " + cycle(chain, resolved.get()));
                    cycle = true;
                    continue;
                }
                Optional<SourceFile> source = resolved.flatMap(r -> read(r, null));
                includes.add(new IncludeRef(Located.of(p), source.isPresent(), false));
                source.ifPresent(projectFiles::add);
            }
            if (cycle || projectFiles.isEmpty() || projectFiles.size() < paths.size()) {
                continue;
            }
            Path directory = entry.scalar("project_directory").flatMap(d -> HostPaths.resolve(base, d.text()))
                    .orElse(parent(projectFiles.get(0)));
            projectFiles.forEach(f -> baseDirectories.putIfAbsent(f, directory));
            List<Path> envFiles = scalars(entry.get("env_file").orElse(null)).stream()
                    .filter(e -> guard.inside(e, "env_file", HostPaths.resolve(base, e.text())))
                    .flatMap(e -> HostPaths.resolve(base, e.text()).stream()).toList();
            Scope scope = scope(directory, envFiles.isEmpty() ? Optional.empty() : Optional.of(envFiles));
            chain.push(projectFiles.get(0).path());
            YamlMapping root = project(scope, projectFiles, chain);
            chain.pop();
            result.add(new Included(root, entry, paths.get(0).text()));
        }
        return result;
    }

    /**
     * Adds an included project's services, networks... A name defined on both sides is the included definition with
     * the including file's merged over it, as Compose (compose-go 2.x) does; older Compose refused the clash.
     */
    private YamlMapping addIncluded(YamlMapping merged, Included inc) {
        List<YamlEntry> entries = new ArrayList<>(merged.entries());
        for (String section : SECTIONS) {
            Optional<YamlMapping> theirs = inc.root().mapping(section);
            if (theirs.isEmpty()) {
                continue;
            }
            Optional<YamlEntry> ours = merged.entry(section);
            List<YamlEntry> combined = new ArrayList<>(ours.map(e -> e.value() instanceof YamlMapping m
                    ? m.entries() : List.<YamlEntry>of()).orElse(List.of()));
            for (YamlEntry e : theirs.get().entries()) {
                int clash = indexOf(combined, e.name());
                if (clash < 0) {
                    combined.add(e);
                } else {
                    combined.set(clash, overInclude(section, e, combined.get(clash)));
                }
            }
            YamlEntry updated = new YamlEntry(ours.map(YamlEntry::key).orElse(YamlScalar.synthetic(section,
                    inc.entry().origin())), new YamlMapping(combined, ours.map(o -> o.value().origin())
                    .orElse(inc.entry().origin()), MergeTag.NONE));
            entries.removeIf(x -> x.name().equals(section));
            entries.add(updated);
        }
        return merged.withEntries(entries);
    }

    private static int indexOf(List<YamlEntry> entries, String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code ours} (from the including file) merged over {@code theirs} (from the included one), keeping our key. */
    private static YamlEntry overInclude(String section, YamlEntry theirs, YamlEntry ours) {
        YamlMapping base = wrap(section, theirs);
        YamlMapping merged = Merger.merge(base, wrap(section, ours));
        YamlNode value = merged.mapping(section).flatMap(m -> m.entry(ours.name())).map(YamlEntry::value)
                .orElse(ours.value());
        return new YamlEntry(ours.key(), value);
    }

    private static YamlMapping wrap(String section, YamlEntry entry) {
        Origin at = entry.key().origin();
        return new YamlMapping(List.of(new YamlEntry(YamlScalar.synthetic(section, at),
                new YamlMapping(List.of(entry), entry.value().origin(), MergeTag.NONE))), at, MergeTag.NONE);
    }

    private static String cycle(Deque<Path> chain, Path back) {
        List<String> names = new ArrayList<>();
        chain.descendingIterator().forEachRemaining(p -> names.add(p.getFileName().toString()));
        names.add(back.getFileName().toString());
        return String.join(" → ", names);
    }

    private static List<YamlScalar> scalars(YamlNode node) {
        return switch (node) {
            case YamlScalar s when s.kind() != ScalarKind.NULL -> List.of(s);
            case YamlSequence seq -> seq.items().stream().filter(i -> i instanceof YamlScalar s
                    && s.kind() != ScalarKind.NULL).map(YamlScalar.class::cast).toList();
            case null, default -> List.of();
        };
    }

    private void register(SourceFile file, Path baseDirectory) {
        files.putIfAbsent(file.path(), file);
        baseDirectories.putIfAbsent(file, baseDirectory);
    }

    private DotEnvFile dotEnvFile(SourceFile file) {
        return new DotEnvFile(file, DotEnv.entries(file, processEnvironment), GitIgnore.ignored(file.path()));
    }

    /** A file read once per session, shown relative to the first file's folder as the user named it. */
    private Optional<SourceFile> read(Path path, Path baseDirectory) {
        SourceFile known = files.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            BoundedRead read = BoundedRead.read(path, display(path), limits);
            SourceFile file = read.file();
            if (!problems.readable(file)) {
                return Optional.empty();
            }
            register(file, baseDirectory == null ? parent(file) : baseDirectory);
            if (read.crossing().isPresent()) {
                int at = read.crossing().get().offset();
                problems.limit(new Origin(file, new Span(at, at)), read.crossing().get().message());
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String display(Path path) {
        Path firstDir = parent(first);
        Path shownDir = Path.of(first.displayPath()).getParent();
        Path relative = firstDir.relativize(path);
        String shown = (shownDir == null ? relative : shownDir.resolve(relative)).normalize().toString();
        return shown.replace('\\', '/');
    }

    static Path parent(SourceFile file) {
        Path parent = file.path().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

}
