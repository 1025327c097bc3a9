package dev.stacklint.compose;

import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.MergeTag;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies {@code extends} to the services of a load's documents: the base service (in the same file or in
 * {@code extends.file}) merged under the extending one, recursively; a cycle is reported once. How each
 * {@code extends} resolved is kept for the model ({@link #resolutions()}).
 */
final class ExtendsResolver {
    /** How many folders above a file an {@code extends.file} path is looked for from (see {@link #basePath}). */
    private static final int MAX_LEVELS_UP = 3;
    private final PathGuard guard;
    private final Problems problems;
    private final Function<Path, Optional<SourceFile>> reader;
    private final Map<Origin, ExtendsRef.Resolution> resolutions = new HashMap<>();
    private final Set<Set<String>> reportedCycles = new HashSet<>();

    /** {@code reader}: a file of the load, read once; none when it cannot be read. */
    ExtendsResolver(PathGuard guard, Problems problems, Function<Path, Optional<SourceFile>> reader) {
        this.guard = guard;
        this.problems = problems;
        this.reader = reader;
    }

    /** How each {@code extends} mapping, by its origin, resolved. */
    Map<Origin, ExtendsRef.Resolution> resolutions() {
        return resolutions;
    }

    /**
     * {@code doc} of {@code file} with every service's {@code extends} applied; {@code prepare} gives the documents
     * of another file that a service extends, as this project reads them.
     */
    YamlMapping apply(SourceFile file, YamlMapping doc, Function<SourceFile, List<YamlMapping>> prepare) {
        Optional<YamlMapping> services = doc.mapping("services");
        if (services.isEmpty()) {
            return doc;
        }
        List<YamlEntry> resolved = new ArrayList<>();
        for (YamlEntry e : services.get().entries()) {
            resolved.add(new YamlEntry(e.key(), resolve(file, file, services.get(), e.name(), new ArrayDeque<>(),
                    prepare)));
        }
        List<YamlEntry> entries = new ArrayList<>();
        for (YamlEntry e : doc.entries()) {
            entries.add(e.name().equals("services") ? new YamlEntry(e.key(), services.get().withEntries(resolved)) : e);
        }
        return doc.withEntries(entries);
    }

    private YamlNode resolve(SourceFile top, SourceFile in, YamlMapping services, String name, Deque<String> chain,
                             Function<SourceFile, List<YamlMapping>> prepare) {
        YamlNode node = services.get(name).orElseThrow();
        if (!(node instanceof YamlMapping service) || service.mapping("extends").isEmpty()) {
            return node;
        }
        YamlMapping ext = service.mapping("extends").get();
        Optional<YamlScalar> baseName = ext.scalar("service");
        if (baseName.isEmpty()) {
            return node;
        }
        String link = label(top, in, name);
        if (chain.contains(link)) {
            return node; // reported where the cycle closes, below
        }
        chain.addLast(link);
        try {
            Optional<YamlScalar> fileRef = ext.scalar("file");
            SourceFile baseFile = in;
            YamlMapping baseServices = services;
            Optional<Path> basePath = fileRef.flatMap(f -> basePath(in, f.text()));
            if (fileRef.isPresent() && !guard.inside(fileRef.get(), "extends.file", basePath)) {
                resolutions.put(ext.origin(), ExtendsRef.Resolution.REMOTE); // not read: unknown, not missing
                return node;
            }
            if (fileRef.isPresent()) {
                Optional<SourceFile> other = basePath.flatMap(reader);
                if (other.isEmpty()) {
                    resolutions.put(ext.origin(), ExtendsRef.Resolution.FILE_NOT_FOUND);
                    return node;
                }
                baseFile = other.get();
                baseServices = servicesOf(prepare.apply(baseFile), baseFile);
            }
            String target = baseName.get().text();
            if (baseServices.get(target).isEmpty()) {
                resolutions.put(ext.origin(), ExtendsRef.Resolution.SERVICE_NOT_FOUND);
                return node;
            }
            if (chain.contains(label(top, baseFile, target))) {
                if (reportedCycles.add(Set.copyOf(chain))) {
                    problems.schema(baseName.get().origin(), "`extends` forms a cycle: "
                            + String.join(" → ", chain) + " → " + label(top, baseFile, target));
                }
                resolutions.put(ext.origin(), ExtendsRef.Resolution.CYCLE);
                return node;
            }
            YamlNode base = resolve(top, baseFile, baseServices, target, chain, prepare);
            if (!(base instanceof YamlMapping baseService)) {
                return node;
            }
            resolutions.put(ext.origin(), ExtendsRef.Resolution.RESOLVED);
            return Merger.mergeService(inheritable(baseService), service);
        } finally {
            chain.removeLast();
        }
    }

    /**
     * The file {@code extends.file} names: from the folder of the file that holds it, as Compose reads it by default;
     * else, when the path only exists read from a folder above and leads back into this folder
     * ({@code ./.docker/monitoring.yml} in {@code .docker/infra.yml}), from that folder: the file is written to be
     * run with {@code --project-directory} there, which relative paths then resolve against.
     */
    private static Optional<Path> basePath(SourceFile in, String text) {
        Path dir = LoadSession.parent(in).toAbsolutePath().normalize();
        Optional<Path> own = HostPaths.resolve(dir, text);
        if (own.isEmpty() || Files.isRegularFile(own.get()) || text.startsWith("/") || text.startsWith("~")) {
            return own;
        }
        int levels = 0;
        for (Path above = dir.getParent(); above != null && levels < MAX_LEVELS_UP; above = above.getParent(), levels++) {
            Optional<Path> there = HostPaths.resolve(above, text);
            if (there.isPresent() && there.get().startsWith(dir) && Files.isRegularFile(there.get())) {
                return there;
            }
        }
        return own;
    }

    /** A service as a cycle names it: by name in the document's own file, as {@code file:name} in another. */
    private static String label(SourceFile top, SourceFile in, String service) {
        return in == top ? service : in.path().getFileName() + ":" + service;
    }

    private static YamlMapping servicesOf(List<YamlMapping> docs, SourceFile in) {
        YamlMapping merged = new YamlMapping(List.of(), new Origin(in, Span.at(0)), MergeTag.NONE);
        for (YamlMapping d : docs) {
            merged = Merger.merge(merged, d);
        }
        return merged.mapping("services").orElse(new YamlMapping(List.of(), merged.origin(), MergeTag.NONE));
    }

    /** What a service passes on through {@code extends}: everything but its own extends, depends_on and volumes_from. */
    private static YamlMapping inheritable(YamlMapping service) {
        return service.withEntries(service.entries().stream().filter(e -> !e.name().equals("extends")
                && !e.name().equals("depends_on") && !e.name().equals("volumes_from")).toList());
    }
}
