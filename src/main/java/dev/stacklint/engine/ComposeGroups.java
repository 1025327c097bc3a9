package dev.stacklint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups Compose files the way {@code docker compose} reads them: in one folder the first of
 * {@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yaml}, {@code docker-compose.yml}
 * is loaded together with its {@code .override} file; every other Compose file stands alone.
 */
final class ComposeGroups {
    private static final List<String> DEFAULT_NAMES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

    private ComposeGroups() {
    }

    static List<List<Path>> group(List<Path> composeFiles) {
        Map<Path, List<Path>> byDir = new LinkedHashMap<>();
        for (Path p : composeFiles) {
            byDir.computeIfAbsent(p.toAbsolutePath().normalize().getParent(), d -> new ArrayList<>()).add(p);
        }
        List<List<Path>> groups = new ArrayList<>();
        for (List<Path> files : byDir.values()) {
            Set<Path> left = new LinkedHashSet<>(files);
            Path primary = DEFAULT_NAMES.stream()
                    .flatMap(n -> files.stream().filter(f -> fileName(f).equals(n)))
                    .findFirst().orElse(null);
            if (primary != null) {
                List<Path> group = new ArrayList<>(List.of(primary));
                left.remove(primary);
                String base = fileName(primary).replaceFirst("\\.ya?ml$", "");
                files.stream()
                        .filter(f -> fileName(f).equals(base + ".override.yaml") || fileName(f).equals(base + ".override.yml"))
                        .findFirst()
                        .ifPresent(o -> {
                            group.add(o);
                            left.remove(o);
                        });
                groups.add(group);
            }
            left.forEach(f -> groups.add(List.of(f)));
        }
        return groups;
    }

    private static String fileName(Path p) {
        return p.getFileName().toString();
    }
}
