package dev.stacklint.compose;

import dev.stacklint.compose.yaml.YamlMapping;
import dev.stacklint.image.ImageReference;
import dev.stacklint.source.Origin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One service of the loaded project: all files merged, {@code extends} applied, variables substituted, short
 * syntax normalized. Every part is located in the file it was written in. Keys the model does not name are in
 * {@link #definition()}.
 *
 * @param name          the service's key under {@code services}
 * @param origin        the service's mapping
 * @param image         {@code image}, parsed (its variables already substituted)
 * @param build         {@code build}
 * @param ports         {@code ports}
 * @param volumes       {@code volumes}
 * @param environment   {@code environment} (not {@code env_file} contents)
 * @param labels        {@code labels}
 * @param command       {@code command}
 * @param entrypoint    {@code entrypoint}
 * @param dependsOn     {@code depends_on}
 * @param healthcheck   {@code healthcheck}
 * @param profiles      {@code profiles}; none means the service always runs
 * @param networks      {@code networks} the service joins, by name
 * @param secrets       {@code secrets}
 * @param configs       {@code configs}
 * @param envFiles      {@code env_file}
 * @param user          {@code user}
 * @param workingDir    {@code working_dir}
 * @param restart       {@code restart}
 * @param containerName {@code container_name}
 * @param expose        {@code expose}
 * @param extendsRef    {@code extends}, already applied by the loader
 * @param definition    the merged mapping, for keys not modelled here
 */
public record Service(Located<String> name, Origin origin, Optional<Located<ImageReference>> image,
                      Optional<Build> build, List<PortMapping> ports, List<VolumeMount> volumes, List<NamedValue> environment,
                      List<NamedValue> labels, Optional<Command> command, Optional<Command> entrypoint,
                      List<Dependency> dependsOn, Optional<Healthcheck> healthcheck, List<Located<String>> profiles,
                      List<Located<String>> networks, List<FileReference> secrets, List<FileReference> configs,
                      List<EnvFile> envFiles, Optional<Located<String>> user, Optional<Located<String>> workingDir,
                      Optional<Located<String>> restart, Optional<Located<String>> containerName,
                      List<Located<String>> expose, Optional<ExtendsRef> extendsRef, YamlMapping definition) {

    /** The image when it is written without variables, so that rules can judge it; empty otherwise. */
    public Optional<Located<ImageReference>> literalImage() {
        return image.filter(i -> !i.value().variables());
    }

    /** True when the service runs without naming a profile ({@code docker compose up} starts it). */
    public boolean inDefaultProfile() {
        return profiles.isEmpty();
    }

    /** True when the service runs with these profiles active. */
    public boolean activeWith(Set<String> activeProfiles) {
        return inDefaultProfile() || activeProfiles.contains("*")
                || profiles.stream().anyMatch(p -> activeProfiles.contains(p.value()));
    }

    /** The environment entry with this name, if set in {@code environment}. */
    public Optional<NamedValue> environment(String variable) {
        return environment.stream().filter(e -> e.name().value().equals(variable)).findFirst();
    }
}
