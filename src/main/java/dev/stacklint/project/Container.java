package dev.stacklint.project;

import dev.stacklint.compose.Located;
import dev.stacklint.project.command.CommandModel;
import dev.stacklint.project.command.EnvVar;

import java.util.Map;
import java.util.Optional;

/**
 * One container of a stack: a Compose service, or a Dockerfile linted without a Compose file, linked to the image
 * it builds and to what that image runs.
 *
 * @param name        the service name, or the Dockerfile's path
 * @param service     the Compose service, when there is one
 * @param image       the image built from a Dockerfile of the project, when the linter could read it
 * @param command     the programs the container starts
 * @param variables   the environment variables known to be set in the container
 * @param environment production or development
 * @param nginx       the nginx configuration it mounts or copies into /etc/nginx, read with its includes
 */
public record Container(String name, Optional<dev.stacklint.compose.Service> service, Optional<BuiltImage> image,
                        CommandModel command, Map<String, EnvVar> variables, Environment environment,
                        Optional<NginxConfig> nginx) {

    /**
     * The image the container runs, as far as the linter knows: the base of the Dockerfile it builds (Compose's
     * {@code image} then only names the result), else the Compose {@code image}, its variables taking the defaults
     * written beside them.
     */
    public Optional<String> runImage() {
        if (image.isPresent()) {
            return image.get().baseImage();
        }
        return service.flatMap(dev.stacklint.compose.Service::imageByDefaults).map(i -> i.value().reference());
    }

    /** The service runs in another's network namespace or the host's, so its ports are not its own to publish. */
    public boolean sharesNetwork() {
        return service.map(s -> s.isolation().sharesNetwork()).orElse(false);
    }

    /** The directory the container starts in: the service's absolute {@code working_dir}, else the image's WORKDIR. */
    public Optional<String> workingDir() {
        return workingDir(service, image);
    }

    static Optional<String> workingDir(Optional<dev.stacklint.compose.Service> service, Optional<BuiltImage> image) {
        return service.flatMap(dev.stacklint.compose.Service::workingDir).map(Located::value)
                .filter(w -> w.startsWith("/")).or(() -> image.flatMap(i -> i.workdir(Optional.empty())));
    }
}
