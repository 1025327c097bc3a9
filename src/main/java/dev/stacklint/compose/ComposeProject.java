package dev.stacklint.compose;

import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.YamlMapping;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded Compose project: its files merged in order (as {@code docker compose -f a -f b} does), with
 * {@code extends} and {@code include} resolved and variables substituted. Built by {@link ComposeLoader}.
 *
 * @param files            every file read, in order: the compose files given, then the .env and files reached through
 *                         {@code extends} and {@code include}
 * @param documents        each compose file's documents as written (merge keys resolved, before interpolation),
 *                         for rules about a file's own text such as an obsolete {@code version} key
 * @param projectDirectory the directory relative paths resolve against (the first file's)
 * @param name             top-level {@code name}
 * @param services         services by name, in order of first definition
 * @param networks         top-level networks
 * @param volumes          top-level volumes
 * @param secrets          top-level secrets
 * @param configs          top-level configs
 * @param includes         top-level {@code include} entries of every file
 * @param companions       what the files this project is meant to be combined with declare (none when loaded alone)
 * @param dotEnvFiles      the {@code .env} files interpolation read (the project's, and those of included projects)
 */
public record ComposeProject(List<SourceFile> files, List<Document> documents, Path projectDirectory,
                             Optional<Located<String>> name, Map<String, Service> services,
                             Map<String, Resource> networks, Map<String, Resource> volumes,
                             Map<String, Resource> secrets, Map<String, Resource> configs,
                             List<IncludeRef> includes, Companions companions, List<DotEnvFile> dotEnvFiles) {

    /** One YAML document of one file, as written. */
    public record Document(SourceFile file, YamlMapping root) {
    }

    public ComposeProject withCompanions(Companions c) {
        return new ComposeProject(files, documents, projectDirectory, name, services, networks, volumes, secrets, configs,
                includes, c, dotEnvFiles);
    }

    public Optional<Service> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /**
     * The local images the project's own builds produce ({@code build:} with {@code image: app}), each as its
     * {@link dev.stacklint.image.ImageReference#localIdentity}: what another service that runs {@code image: app}
     * (a worker, a one-off task), or a Dockerfile that builds {@code FROM app}, takes. Compose tries to pull such a
     * name first and builds when the pull fails, which it does for a bare name nobody publishes. A name with a
     * registry or a namespace ({@code ghcr.io/org/app}, {@code org/app}) may well be published: when the pull
     * succeeds, Compose skips the build and the pulled tag runs, so those are left out.
     */
    public Set<String> localBuilds() {
        Set<String> built = new HashSet<>();
        for (Service service : services.values()) {
            if (service.build().isPresent()) {
                service.imageByDefaults().filter(i -> i.value().bareName())
                        .ifPresent(i -> built.add(i.value().localIdentity()));
            }
        }
        return Set.copyOf(built);
    }

    /** The services {@code docker compose up} starts without {@code --profile}. */
    public List<Service> defaultServices() {
        return services.values().stream().filter(Service::inDefaultProfile).toList();
    }
}
