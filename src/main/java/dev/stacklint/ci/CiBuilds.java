package dev.stacklint.ci;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What CI workflows say about the repository's images. */
public final class CiBuilds {
    private CiBuilds() {
    }

    /** The Dockerfiles (absolute, normalized) that the workflows build and that exist. */
    public static Set<Path> dockerfiles(List<Workflow> workflows) {
        Set<Path> out = new HashSet<>();
        for (Workflow w : workflows) {
            for (ImageBuild b : w.builds()) {
                b.dockerfilePath().map(p -> p.toAbsolutePath().normalize()).filter(Files::isRegularFile)
                        .ifPresent(out::add);
            }
        }
        return Set.copyOf(out);
    }
}
