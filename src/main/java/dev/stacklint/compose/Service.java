package dev.stacklint.compose;

import dev.stacklint.image.ImageReference;
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

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
 * @param isolation     the namespaces, privileges and root filesystem the container runs with
 * @param hostname      {@code hostname}
 * @param pullPolicy    {@code pull_policy}
 * @param links         {@code links}, each {@code SERVICE[:ALIAS]}
 * @param externalLinks {@code external_links}
 * @param volumesFrom   {@code volumes_from}, each {@code SERVICE[:MODE]} or {@code container:NAME[:MODE]}
 * @param extraHosts    {@code extra_hosts}, by host name
 * @param scale         {@code scale}, as written
 * @param deploy        {@code deploy} (replicas, restart policy, resources)
 * @param limits        the service-level limit keys ({@code mem_limit}, {@code cpus}, {@code pids_limit}…)
 * @param develop       {@code develop} (its {@code watch} rules)
 * @param loggingDriver {@code logging.driver}
 * @param definition    the merged mapping, for keys not modelled here
 */
public record Service(Located<String> name, Origin origin, Optional<Located<ImageReference>> image,
                      Optional<Build> build, List<PortMapping> ports, List<VolumeMount> volumes, List<NamedValue> environment,
                      List<NamedValue> labels, Optional<Command> command, Optional<Command> entrypoint,
                      List<Dependency> dependsOn, Optional<Healthcheck> healthcheck, List<Located<String>> profiles,
                      List<Located<String>> networks, List<FileReference> secrets, List<FileReference> configs,
                      List<EnvFile> envFiles, Optional<Located<String>> user, Optional<Located<String>> workingDir,
                      Optional<Located<String>> restart, Optional<Located<String>> containerName,
                      List<Located<String>> expose, Optional<ExtendsRef> extendsRef, Isolation isolation,
                      Optional<Located<String>> hostname, Optional<Located<String>> pullPolicy,
                      List<Located<String>> links, List<Located<String>> externalLinks,
                      List<Located<String>> volumesFrom, List<NamedValue> extraHosts,
                      Optional<Located<String>> scale, Deploy deploy, ServiceLimits limits, Develop develop,
                      Optional<Located<String>> loggingDriver,
                      YamlMapping definition) {

    /**
     * The image as Compose pulls it where none of its variables is set: each takes the default written beside it
     * ({@code foo:${TAG:-latest}} is {@code foo:latest}), as a Dockerfile's {@code FROM} takes its {@code ARG}
     * defaults; the image itself when written without variables. Empty when a variable has no default (its value
     * comes only from where the project is deployed), one may hold the image's whole name, or the result is no image
     * name.
     */
    public Optional<Located<ImageReference>> imageByDefaults() {
        if (image.isEmpty() || !image.get().value().variables()) {
            return image;
        }
        Located<ImageReference> at = image.get();
        String written = UnsetPaths.written(at.map(ImageReference::reference));
        if (!nameWrittenOut(written)) {
            return Optional.empty();
        }
        try {
            Template.Result r = Template.substitute(written, n -> Optional.empty());
            String ref = r.value().trim();
            return r.unset().isEmpty() && ImageReference.wellFormed(ref)
                    ? Optional.of(at.map(i -> ImageReference.parse(ref))) : Optional.empty();
        } catch (Template.Error e) {
            return Optional.empty(); // SL005 reports the malformed reference
        }
    }

    /**
     * True when the image's own name (the last part of its path) is written out, so that the variables stand only
     * for a registry or a tag ({@code ${REGISTRY:-ghcr.io}/shop/api:${TAG:-1.2}}); a variable that may hold the
     * whole name ({@code ${APP_IMAGE:-app}}) lets the deployment pick the image, a locally built one as often as not.
     */
    private static boolean nameWrittenOut(String written) {
        StringBuilder shape = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '$' && i + 1 < written.length() && written.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && depth > 0) {
                depth--;
                shape.append(depth == 0 ? "$" : "");
            } else if (depth == 0) {
                shape.append(c);
            }
        }
        String path = shape.substring(shape.lastIndexOf("/") + 1);
        int tag = path.indexOf(':');
        String name = tag < 0 ? path : path.substring(0, tag);
        return depth == 0 && !name.isEmpty() && !name.contains("$");
    }

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

    /** True when a {@code provider} (a cloud resource, a model runner) stands in for the container. */
    public boolean hasProvider() {
        return definition.get("provider").isPresent();
    }

    /**
     * Where the key at {@code path} is written ({@code "build"}, or {@code "build", "dockerfile_inline"}), for a
     * finding about the key itself; empty when it is not set.
     */
    public Optional<Origin> keyPosition(String... path) {
        Optional<YamlMapping> m = Optional.of(definition);
        for (int i = 0; i < path.length - 1; i++) {
            String key = path[i];
            m = m.flatMap(x -> x.mapping(key));
        }
        return m.flatMap(x -> x.entry(path[path.length - 1])).map(e -> e.key().origin());
    }

    /** The other names the service answers to on {@code network} ({@code networks: {back: {aliases: [db]}}}). */
    public List<Located<String>> networkAliases(String network) {
        return definition.mapping("networks").flatMap(m -> m.mapping(network)).flatMap(m -> m.sequence("aliases"))
                .map(YamlSequence::items).orElse(List.of()).stream()
                .filter(YamlScalar.class::isInstance).map(i -> Located.of((YamlScalar) i)).toList();
    }
}
