package dev.stacklint.compose;

import dev.stacklint.image.ImageReference;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.MergeTag;
import dev.stacklint.yaml.ScalarKind;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Builds the typed model from the merged, normalized document. Entries it cannot read are left out (SL003 said why). */
final class ModelBuilder {
    /** The keys that give a top-level secret or config its content (see {@link Resource#sourced()}). */
    private static final Set<String> SOURCES = Set.of("file", "environment", "content", "external", "driver",
            "template_driver");
    private final Function<SourceFile, Path> baseDirectory;
    private final Map<Origin, ExtendsRef.Resolution> extendsResolutions;
    private final Function<Path, Optional<DotEnvFile>> envFiles;
    private final UnsetPaths unsetPaths;
    private final PathGuard guard;

    ModelBuilder(Function<SourceFile, Path> baseDirectory, Map<Origin, ExtendsRef.Resolution> extendsResolutions,
                 Function<Path, Optional<DotEnvFile>> envFiles, UnsetPaths unsetPaths, PathGuard guard) {
        this.baseDirectory = baseDirectory;
        this.extendsResolutions = extendsResolutions;
        this.envFiles = envFiles;
        this.unsetPaths = unsetPaths;
        this.guard = guard;
    }

    Map<String, Service> services(YamlMapping root) {
        Map<String, Service> services = new LinkedHashMap<>();
        root.mapping("services").ifPresent(m -> m.entries().forEach(e -> services.put(e.name(), service(e))));
        return services;
    }

    Map<String, Resource> resources(YamlMapping root, String section) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        root.mapping(section).ifPresent(m -> m.entries().forEach(e -> {
            Optional<YamlMapping> definition = e.value() instanceof YamlMapping d ? Optional.of(d) : Optional.empty();
            boolean external = definition.flatMap(d -> d.get("external"))
                    .map(x -> x instanceof YamlMapping || (x instanceof YamlScalar s && s.text().equals("true")))
                    .orElse(false);
            if (section.equals("secrets") || section.equals("configs")) {
                // a file under an unset variable (`$DOCKERDIR/secrets/x`) is not known here: named by SL005, not guarded
                String what = section.equals("secrets") ? "the secret file" : "the config file";
                definition.flatMap(d -> string(d, "file")).filter(f -> !unsetPaths.unresolved(f, what))
                        .ifPresent(f -> guard.inside(f, section + ".file", resolve(f)));
            }
            resources.put(e.name(), new Resource(Located.of(e.key()), external,
                    definition.flatMap(d -> d.mapping("external")).flatMap(x -> x.entry("name")).map(n -> n.key().origin()),
                    definition.map(d -> d.entries().stream().anyMatch(x -> SOURCES.contains(x.name())
                            && !x.value().isNull())).orElse(false)));
        }));
        return resources;
    }

    private Service service(YamlEntry entry) {
        YamlMapping m = entry.value() instanceof YamlMapping s ? s
                : new YamlMapping(List.of(), entry.value().origin(), MergeTag.NONE);
        return new Service(Located.of(entry.key()), m.origin(),
                string(m, "image").map(i -> i.map(v -> ImageReference.parse(v,
                        m.scalar("image").orElseThrow().usesVariables()))),
                m.mapping("build").map(this::build),
                each(m, "ports", ModelBuilder::port),
                each(m, "volumes", this::volume),
                namedValues(m, "environment"),
                namedValues(m, "labels"),
                m.get("command").flatMap(ModelBuilder::command),
                m.get("entrypoint").flatMap(ModelBuilder::command),
                dependencies(m),
                m.mapping("healthcheck").map(ModelBuilder::healthcheck),
                strings(m, "profiles"),
                m.mapping("networks").map(n -> n.entries().stream().map(e -> Located.of(e.key())).toList()).orElse(List.of()),
                each(m, "secrets", ModelBuilder::fileReference),
                each(m, "configs", ModelBuilder::fileReference),
                each(m, "env_file", this::envFile),
                string(m, "user"), string(m, "working_dir"), string(m, "restart"), string(m, "container_name"),
                strings(m, "expose"),
                m.mapping("extends").flatMap(this::extendsRef),
                isolation(m),
                string(m, "hostname"), string(m, "pull_policy"), strings(m, "links"), strings(m, "external_links"),
                strings(m, "volumes_from"), namedValues(m, "extra_hosts"),
                string(m, "scale"), Deploy.of(m), ServiceLimits.of(m), Develop.of(m),
                m.mapping("logging").flatMap(l -> string(l, "driver")),
                m);
    }

    private static Isolation isolation(YamlMapping m) {
        return new Isolation(string(m, "network_mode"), string(m, "pid"), string(m, "ipc"), string(m, "userns_mode"),
                string(m, "uts"), string(m, "cgroup"), flag(m, "privileged"), flag(m, "read_only"),
                items(m, "cap_add"), items(m, "cap_drop"), items(m, "security_opt"), items(m, "devices"),
                items(m, "tmpfs"));
    }

    /** A boolean key: true for {@code true} and the YAML 1.1 spellings Compose still reads ({@code yes}, {@code on}).
     */
    private static Optional<Located<Boolean>> flag(YamlMapping m, String key) {
        return m.scalar(key).map(s -> new Located<>(switch (s.text().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        }, s.origin()));
    }

    /**
     * The items of a list key, trimmed: a lone scalar is one item, and a long-form item ({@code {source: /dev/sda,
     * target: ...}}) stands for its {@code source}.
     */
    private static List<Located<String>> items(YamlMapping m, String key) {
        YamlNode node = m.get(key).orElse(null);
        if (node instanceof YamlSequence seq) {
            return seq.items().stream().map(i -> i instanceof YamlMapping x ? x.scalar("source").orElse(null) : i)
                    .filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                    .map(s -> new Located<>(s.text().trim(), s.origin())).toList();
        }
        if (node instanceof YamlScalar s && !s.text().isBlank()) {
            return List.of(new Located<>(s.text().trim(), s.origin()));
        }
        return List.of();
    }

    private Build build(YamlMapping b) {
        Located<String> context = string(b, "context").orElse(new Located<>(".", b.origin()));
        Optional<Located<String>> dockerfile = string(b, "dockerfile");
        Optional<Located<String>> target = string(b, "target");
        // each is checked, so that each unset variable is named; a build that holds one is not known here
        boolean unresolved = string(b, "context").map(x -> unsetPaths.unresolved(x, "the build context")).orElse(false)
                | dockerfile.map(d -> unsetPaths.unresolved(d, "the Dockerfile")).orElse(false)
                | target.map(t -> unsetPaths.unresolved(t, "the build target")).orElse(false);
        Optional<Path> dir = unresolved ? Optional.empty() : resolve(context);
        if (!unresolved && !guard.inside(context, "build.context", dir)) {
            dir = Optional.empty(); // remote, absolute or outside the repository: not read
        } else if (dir.isPresent() && b.get("dockerfile_inline").isEmpty() && dockerfile.isPresent()) {
            Located<String> d = dockerfile.get();
            Optional<Path> file = dir.map(x -> x.resolve(d.value()).normalize());
            if (!guard.inside(d.value().startsWith("/") ? "./" + d.value() : d.value(), d.origin(), "build.dockerfile",
                    file)) {
                dir = Optional.empty();
            }
        }
        return new Build(b.origin(), context, dir, dockerfile, string(b, "dockerfile_inline"),
                target, namedValues(b, "args"), namedValues(b, "additional_contexts"));
    }

    private static Optional<PortMapping> port(YamlMapping p) {
        Optional<Located<PortRange>> target = portRange(p, "target");
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<Located<PortRange>> published = portRange(p, "published");
        return Optional.of(new PortMapping(p.origin(), string(p, "host_ip").filter(ip -> !ip.value().isEmpty()),
                published, target.get(), string(p, "protocol").map(Located::value).orElse("tcp"),
                string(p, "mode").map(Located::value)));
    }

    private static Optional<Located<PortRange>> portRange(YamlMapping p, String key) {
        return p.scalar(key).flatMap(t -> PortRange.parse(t.text()).map(r -> new Located<>(r, t.origin())));
    }

    private Optional<VolumeMount> volume(YamlMapping v) {
        Optional<Located<String>> target = string(v, "target");
        VolumeMount.Type type = string(v, "type").flatMap(t -> VolumeMount.Type.of(t.value())).orElse(VolumeMount.Type.VOLUME);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<Located<String>> source = string(v, "source").filter(s -> !s.value().isEmpty());
        boolean readOnly = v.scalar("read_only").map(r -> r.text().equals("true")).orElse(false);
        Optional<Path> hostPath = type == VolumeMount.Type.BIND
                ? source.filter(s -> !unsetPaths.unresolved(s, "the bind mount")).flatMap(this::resolve)
                : Optional.empty();
        return Optional.of(new VolumeMount(v.origin(), type, source, target.get(), readOnly, hostPath,
                v.mapping("bind").flatMap(b -> string(b, "propagation")), string(v, "consistency")));
    }

    private Optional<Path> resolve(Located<String> path) {
        return HostPaths.resolve(baseDirectory.apply(path.file()), path.value());
    }

    private static Optional<Command> command(YamlNode node) {
        return switch (node) {
            case YamlScalar s when s.kind() == ScalarKind.NULL -> Optional.empty();
            case YamlScalar s -> Optional.of(new Command.StringForm(Located.of(s)));
            case YamlSequence seq -> Optional.of(new Command.ListForm(scalars(seq), seq.origin()));
            case YamlMapping ignored -> Optional.empty();
        };
    }

    private static List<Dependency> dependencies(YamlMapping service) {
        List<Dependency> deps = new ArrayList<>();
        service.mapping("depends_on").ifPresent(m -> m.entries().forEach(e -> {
            Optional<YamlMapping> d = e.value() instanceof YamlMapping x ? Optional.of(x) : Optional.empty();
            String condition = d.flatMap(x -> x.scalar("condition")).map(YamlScalar::text).orElse(Dependency.STARTED);
            boolean required = d.flatMap(x -> x.scalar("required")).map(s -> !s.text().equals("false")).orElse(true);
            boolean restart = d.flatMap(x -> x.scalar("restart")).map(s -> s.text().equals("true")).orElse(false);
            deps.add(new Dependency(Located.of(e.key()), condition, required, restart, e.key().origin()));
        }));
        return deps;
    }

    private static Healthcheck healthcheck(YamlMapping h) {
        List<Located<String>> test = switch (h.get("test").orElse(null)) {
            case YamlSequence seq -> scalars(seq);
            case YamlScalar s when s.kind() != ScalarKind.NULL ->
                    List.of(new Located<>("CMD-SHELL", s.origin()), Located.of(s));
            case null, default -> List.of();
        };
        boolean disabled = h.scalar("disable").map(d -> d.text().equals("true")).orElse(false)
                || (!test.isEmpty() && test.get(0).value().equals("NONE"));
        return new Healthcheck(h.origin(), test, disabled);
    }

    private static Optional<FileReference> fileReference(YamlMapping m) {
        return string(m, "source").map(s -> new FileReference(s, string(m, "target"), m.origin()));
    }

    private Optional<EnvFile> envFile(YamlMapping m) {
        return string(m, "path").map(p -> {
            Optional<Path> resolved = unsetPaths.unresolved(p, "the env file") ? Optional.empty()
                    : guard.inside(p, "env_file", resolve(p)) ? resolve(p) : Optional.empty();
            boolean interpolated = m.scalar("path").filter(YamlScalar::usesVariables).isPresent();
            return new EnvFile(p, interpolated, m.scalar("required").map(r -> !r.text().equals("false")).orElse(true),
                    resolved, resolved.flatMap(envFiles));
        });
    }

    private Optional<ExtendsRef> extendsRef(YamlMapping m) {
        return string(m, "service").map(s -> new ExtendsRef(s, string(m, "file"),
                extendsResolutions.getOrDefault(m.origin(), ExtendsRef.Resolution.RESOLVED)));
    }

    private static List<NamedValue> namedValues(YamlMapping m, String key) {
        return m.mapping(key).map(map -> map.entries().stream().map(e -> new NamedValue(Located.of(e.key()),
                e.value() instanceof YamlScalar s && s.kind() != ScalarKind.NULL ? Optional.of(Located.of(s))
                        : Optional.<Located<String>>empty())).toList()).orElse(List.of());
    }

    private static Optional<Located<String>> string(YamlMapping m, String key) {
        return m.scalar(key).map(Located::of);
    }

    private static List<Located<String>> strings(YamlMapping m, String key) {
        return m.sequence(key).map(ModelBuilder::scalars).orElse(List.of());
    }

    static List<Located<String>> scalars(YamlSequence seq) {
        return seq.items().stream().filter(i -> i instanceof YamlScalar s && s.kind() != ScalarKind.NULL)
                .map(i -> Located.of((YamlScalar) i)).toList();
    }

    /** What {@code read} makes of each mapping in the list under {@code key}, leaving out what it cannot read. */
    private static <T> List<T> each(YamlMapping m, String key, Function<YamlMapping, Optional<T>> read) {
        return m.sequence(key).map(seq -> seq.items().stream().filter(YamlMapping.class::isInstance)
                .map(YamlMapping.class::cast).flatMap(x -> read.apply(x).stream()).toList()).orElse(List.of());
    }
}
