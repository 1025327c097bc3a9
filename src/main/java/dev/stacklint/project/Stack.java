package dev.stacklint.project;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A linked stack: the containers of a Compose project (or one Dockerfile linted on its own), each linked to the
 * Dockerfile stage it builds, the command that image runs and the application that command starts.
 *
 * @param compose      the Compose project, when there is one
 * @param containers   one per service (or the lone Dockerfile's image)
 * @param buildProblems builds that point at files or stages that are not there
 * @param dockerfiles  the Dockerfiles the stack's builds name (found or not)
 * @param environments which files and services are production
 * @param fileEnvironments the environment of each Compose file and Dockerfile of the stack, from configuration,
 *                     names and content ({@link DevelopmentTells}); other files go by configuration and name
 */
public record Stack(Optional<ComposeProject> compose, List<Container> containers, List<BuildProblem> buildProblems,
                    Set<Path> dockerfiles, EnvironmentPolicy environments, Map<Path, Environment> fileEnvironments) {

    /**
     * A {@code build} that cannot work: where, and what is missing; {@code uncertain} when the file looks written to
     * be used from another folder, where its builds are found.
     */
    public record BuildProblem(Origin at, String message, boolean uncertain) {
        public BuildProblem(Origin at, String message) {
            this(at, message, false);
        }
    }

    /** Whether a file is a production or a development file. */
    public Environment environmentOf(SourceFile file) {
        Environment e = fileEnvironments.get(file.path());
        return e != null ? e : environments.of(file.path());
    }

    /** The built images, one for each Dockerfile and build context (services that build alike are one build). */
    public List<BuiltImage> distinctBuilds() {
        Set<String> seen = new HashSet<>();
        List<BuiltImage> builds = new ArrayList<>();
        for (Container c : containers) {
            c.image().filter(i -> seen.add(i.dockerfile().source().path() + "\n" + i.context())).ifPresent(builds::add);
        }
        return builds;
    }

    /** A file of the Compose project (not a Dockerfile or an app file). */
    public boolean isComposeFile(SourceFile file) {
        return compose.map(c -> c.documents().stream().anyMatch(d -> d.file().path().equals(file.path())))
                .orElse(false);
    }
}
