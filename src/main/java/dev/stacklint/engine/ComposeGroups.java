package dev.stacklint.engine;

import dev.stacklint.source.FolderEntries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Groups Compose files the way {@code docker compose} reads them: in one folder the first of
 * {@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yml}, {@code docker-compose.yaml}
 * is loaded together with the first override file found ({@code compose.override.yml},
 * {@code compose.override.yaml}, {@code docker-compose.override.yml}, {@code docker-compose.override.yaml});
 * every other Compose file stands alone.
 */
final class ComposeGroups {
    private static final List<String> DEFAULT_NAMES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
    private static final List<String> OVERRIDE_NAMES = List.of("compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");

    private ComposeGroups() {
    }

    /** The files {@code docker compose} reads by default in {@code dir} (its primary file and override), if any. */
    static List<Path> defaultProject(Path dir) {
        List<Path> present = Stream.concat(DEFAULT_NAMES.stream(), OVERRIDE_NAMES.stream())
                .map(dir::resolve).filter(FolderEntries::isFile).toList();
        List<List<Path>> groups = group(present);
        return groups.isEmpty() || firstNamed(DEFAULT_NAMES, groups.get(0)) == null ? List.of() : groups.get(0);
    }

    static List<List<Path>> group(List<Path> composeFiles) {
        Map<Path, List<Path>> byDir = new LinkedHashMap<>();
        for (Path p : composeFiles) {
            byDir.computeIfAbsent(p.toAbsolutePath().normalize().getParent(), d -> new ArrayList<>()).add(p);
        }
        List<List<Path>> groups = new ArrayList<>();
        for (List<Path> files : byDir.values()) {
            Set<Path> left = new LinkedHashSet<>(files);
            Path primary = firstNamed(DEFAULT_NAMES, files);
            if (primary != null) {
                List<Path> group = new ArrayList<>(List.of(primary));
                left.remove(primary);
                Path override = firstNamed(OVERRIDE_NAMES, files);
                if (override != null) {
                    group.add(override);
                    left.remove(override);
                }
                groups.add(group);
            }
            left.forEach(f -> groups.add(List.of(f)));
        }
        return groups;
    }

    private static final java.util.regex.Pattern ADD_ON_NAME =
            java.util.regex.Pattern.compile("(?:docker-)?compose[.\\-_][\\w.\\-]*\\.ya?ml");
    private static final int MAX_SIBLINGS = 50;

    /** How a template of a file is named beside it: {@code compose.override.yaml.example} and the like. */
    private static final List<String> EXAMPLE_SUFFIXES = List.of(".example", ".sample", ".dist", ".template", ".tmpl");

    /**
     * The files a group is meant to be combined with, whose declarations its references may name: for an add-on
     * file alone in a folder with a main project, that project; for a main file with no override, an example
     * override beside it; for a dev container's Compose file, the others its {@code devcontainer.json} merges it
     * with. None otherwise.
     */
    static List<Path> companions(List<Path> group) {
        Path first = group.get(0).toAbsolutePath().normalize();
        Path dir = first.getParent();
        if (dir == null) {
            return List.of();
        }
        List<Path> devContainer = DevContainerFiles.partners(first);
        if (!devContainer.isEmpty()) {
            return devContainer;
        }
        if (group.size() == 1 && !DEFAULT_NAMES.contains(fileName(first)) && !OVERRIDE_NAMES.contains(fileName(first))) {
            List<Path> main = defaultProject(dir).stream().map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> !p.equals(first)).toList();
            if (main.isEmpty()) {
                return List.of();
            }
            // add-ons of one project are combined with each other too (-f base -f kafka.yml -f edqs.yml)
            List<Path> all = new ArrayList<>(main);
            all.addAll(siblingAddOns(dir, first));
            return all;
        }
        if (group.size() == 1 && DEFAULT_NAMES.contains(fileName(first))) {
            return OVERRIDE_NAMES.stream().flatMap(n -> EXAMPLE_SUFFIXES.stream().map(s -> dir.resolve(n + s)))
                    .filter(FolderEntries::isFile).limit(1).toList();
        }
        return List.of();
    }

    /** The add-ons beside a main file ({@code docker-compose.prod.yml} beside {@code docker-compose.yml}); none for another file. */
    static List<Path> addOnsOfMain(Path main) {
        Path file = main.toAbsolutePath().normalize();
        return file.getParent() == null || !DEFAULT_NAMES.contains(fileName(file)) ? List.of()
                : siblingAddOns(file.getParent(), file);
    }

    /** The other {@code docker-compose.*.yml}/{@code compose.*.yaml} files of a folder, a bounded number. */
    private static List<Path> siblingAddOns(Path dir, Path self) {
        return FolderEntries.names(dir).stream().filter(n -> ADD_ON_NAME.matcher(n).matches()
                        && !DEFAULT_NAMES.contains(n) && !OVERRIDE_NAMES.contains(n))
                .map(dir::resolve).filter(p -> !p.equals(self) && Files.isRegularFile(p))
                .sorted().limit(MAX_SIBLINGS).toList();
    }

    private static Path firstNamed(List<String> names, List<Path> files) {
        return names.stream().flatMap(n -> files.stream().filter(f -> fileName(f).equals(n))).findFirst().orElse(null);
    }

    private static String fileName(Path p) {
        return p.getFileName().toString();
    }
}
