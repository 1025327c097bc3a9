package dev.stacklint.project;

import dev.stacklint.compose.Build;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.source.DockerfileFallback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compose files written to be used from another folder (an install script copies them there first): none of the
 * builds a file declares finds its context and Dockerfile where the file is, yet all of them do from one folder
 * above it, read without their leading {@code ../} steps. Their missing builds are then not certain mistakes.
 */
final class RelocatedBuilds {
    /** Far enough for deployments/cli/community/build.yml; a bound keeps the probing small. */
    private static final int MAX_LEVELS = 6;

    private RelocatedBuilds() {
    }

    /** Such files among the ones declaring these services' builds. */
    static Set<Path> of(Collection<Service> services) {
        Map<Path, List<Build>> byFile = new HashMap<>();
        for (Service s : services) {
            s.build().filter(b -> b.contextDirectory().isPresent() && b.dockerfileInline().isEmpty())
                    .ifPresent(b -> byFile.computeIfAbsent(b.origin().file().path(), f -> new ArrayList<>()).add(b));
        }
        Set<Path> relocated = new HashSet<>();
        byFile.forEach((file, builds) -> {
            if (builds.stream().noneMatch(RelocatedBuilds::foundWhereWritten) && usedFromAbove(file, builds)) {
                relocated.add(file);
            }
        });
        return relocated;
    }

    private static boolean foundWhereWritten(Build b) {
        return Files.isDirectory(b.contextDirectory().orElseThrow()) && b.dockerfilePath().map(Files::isRegularFile)
                .orElse(false);
    }

    private static boolean usedFromAbove(Path file, List<Build> builds) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path above = folder == null ? null : folder.getParent();
        for (int i = 0; above != null && i < MAX_LEVELS; i++, above = above.getParent()) {
            Path base = above;
            if (builds.stream().allMatch(b -> foundFrom(base, b))) {
                return true;
            }
        }
        return false;
    }

    private static boolean foundFrom(Path base, Build b) {
        String context = b.context().value().replace('\\', '/');
        if (context.startsWith("/")) {
            return false;
        }
        while (context.startsWith("../")) {
            context = context.substring(3);
        }
        context = context.equals("..") ? "" : context;
        Path dir = base.resolve(context).normalize();
        String name = b.dockerfile().map(Located::value).orElse("Dockerfile");
        return dir.startsWith(base) && Files.isDirectory(dir)
                && Files.isRegularFile(DockerfileFallback.of(dir.resolve(name)));
    }
}
