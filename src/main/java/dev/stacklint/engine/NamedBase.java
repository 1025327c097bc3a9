package dev.stacklint.engine;

import dev.stacklint.project.Discovery;
import dev.stacklint.source.FileKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Compose file an add-on is named after, in a folder with no default project: {@code quickstart.yml} for
 * {@code quickstart-postgres.yml} and {@code quickstart.tracing.yml}, which are run as {@code docker compose -f
 * quickstart.yml -f quickstart-postgres.yml}. The base's name without its extension, then {@code -}, {@code .} or
 * {@code _}, starts the add-on's name; of several such files, the longest name wins ({@code stack-dev.yml} for
 * {@code stack-dev-debug.yml}). Whether the add-on is laid over it or stands alone is for {@link Overlays}.
 */
final class NamedBase {
    private static final int MAX_CANDIDATES = 20;
    private static final String SEPARATORS = "-._";

    private NamedBase() {
    }

    static Optional<Path> of(Path addOn) {
        Path dir = addOn.getParent();
        String name = addOn.getFileName().toString();
        if (dir == null) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> names(p.getFileName().toString(), name)).sorted().limit(MAX_CANDIDATES)
                    .map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> Files.isRegularFile(p) && Discovery.kindFound(p) == FileKind.COMPOSE)
                    .max(Comparator.comparingInt(p -> p.getFileName().toString().length()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code base} (a YAML file name) names {@code addOn}: its stem and a separator start the add-on's. */
    private static boolean names(String base, String addOn) {
        if (!Discovery.isYaml(base) || base.equals(addOn)) {
            return false;
        }
        String stem = base.substring(0, base.lastIndexOf('.'));
        return !stem.isEmpty() && addOn.length() > stem.length() + 1 && addOn.startsWith(stem)
                && SEPARATORS.indexOf(addOn.charAt(stem.length())) >= 0;
    }
}
