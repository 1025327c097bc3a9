package dev.stacklint.project;

import dev.stacklint.source.FolderEntries;
import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.PlainYaml;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Dockerfiles GoReleaser builds: those its configuration ({@code .goreleaser.yaml} or another name it reads, in
 * the Dockerfile's folder or one above it within the repository) names under {@code dockers} or {@code dockers_v2}
 * ({@code dockerfile:}, {@code Dockerfile} when left out). GoReleaser builds them in a folder it makes of the
 * binaries it built and the {@code extra_files} it is told to add from the project: no {@code .dockerignore} of the
 * repository applies there (glance's {@code Dockerfile.goreleaser}: {@code COPY glance .}, the binary, under a
 * {@code .dockerignore} of {@code *} written for its source build).
 */
final class GoReleaser {
    private static final List<String> CONFIGS = List.of(".goreleaser.yaml", ".goreleaser.yml", "goreleaser.yaml",
            "goreleaser.yml");

    private final Function<Path, Optional<SourceFile>> files;
    /** The Dockerfiles each folder's configuration names (absolute), for the length of a run. */
    private final Map<Path, Set<Path>> named = new ConcurrentHashMap<>();

    GoReleaser(Function<Path, Optional<SourceFile>> files) {
        this.files = files;
    }

    /**
     * The folder of the GoReleaser configuration, from {@code dockerfile}'s folder up to {@code top}, that builds
     * it (the folder its {@code extra_files} are taken from); empty when none does.
     */
    Optional<Path> project(Path dockerfile, Path top) {
        Path abs = dockerfile.toAbsolutePath().normalize();
        Path bound = top.toAbsolutePath().normalize();
        for (Path dir = abs.getParent(); dir != null && dir.startsWith(bound); dir = dir.getParent()) {
            if (named.computeIfAbsent(dir, this::dockerfilesIn).contains(abs)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private Set<Path> dockerfilesIn(Path dir) {
        for (String name : CONFIGS) {
            Path config = dir.resolve(name);
            if (FolderEntries.isFile(config)) {
                return files.apply(config).map(f -> dockerfiles(f.text(), dir)).orElse(Set.of());
            }
        }
        return Set.of();
    }

    /** The Dockerfiles a configuration's text names, resolved against {@code dir}; a templated name is not known. */
    static Set<Path> dockerfiles(String configuration, Path dir) {
        Object root;
        try {
            root = PlainYaml.load(configuration);
        } catch (RuntimeException e) {
            return Set.of(); // not YAML that GoReleaser could read either
        }
        Set<Path> out = new HashSet<>();
        if (root instanceof Map<?, ?> top) {
            for (String key : List.of("dockers", "dockers_v2")) {
                if (top.get(key) instanceof List<?> images) {
                    for (Object image : images) {
                        if (image instanceof Map<?, ?> m
                                && (m.containsKey("dockerfile") ? m.get("dockerfile") : "Dockerfile") instanceof String file
                                && !file.contains("{{")) {
                            out.add(dir.resolve(file).toAbsolutePath().normalize());
                        }
                    }
                }
            }
        }
        return Set.copyOf(out);
    }
}
