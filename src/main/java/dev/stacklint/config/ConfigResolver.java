package dev.stacklint.config;

import dev.stacklint.project.Environment;
import dev.stacklint.project.EnvironmentPolicy;
import dev.stacklint.rules.data.FloatingTags;
import dev.stacklint.rules.data.StyleOptions;
import dev.stacklint.rules.data.LabelSchema;
import dev.stacklint.rules.data.Tables;
import dev.stacklint.source.FolderEntries;
import dev.stacklint.source.RepoRoot;
import dev.stacklint.source.Limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Finds the configuration for each linted file: the nearest {@code .stacklint.yaml}/{@code .stacklint.yml}
 * (or the {@code --config} file), the nearest {@code .hadolint.yaml}/{@code .hadolint.yml} and the nearest
 * {@code .dclintrc} ({@code .yaml}, {@code .yml}, {@code .json}), looking in the
 * file's folder and each folder above it up to the repository root. Each file is read once.
 */
public final class ConfigResolver {
    private static final List<String> STACKLINT = List.of(".stacklint.yaml", ".stacklint.yml");
    private static final List<String> HADOLINT = List.of(".hadolint.yaml", ".hadolint.yml");
    /** The dclint configuration files stacklint reads (dclint also reads JavaScript ones, which stacklint cannot). */
    private static final List<String> DCLINT = List.of(".dclintrc", ".dclintrc.yaml", ".dclintrc.yml", ".dclintrc.json");

    private final Path workingDir;
    private final CommandLineSettings cli;
    private final Optional<StacklintConfig> explicit;
    private final Map<Path, Optional<StacklintConfig>> stacklint = new HashMap<>();
    private final Map<Path, Optional<HadolintConfig>> hadolint = new HashMap<>();
    private final Map<Path, Optional<DclintConfig>> dclint = new HashMap<>();

    /** @throws ConfigException when the {@code --config} file is missing or wrong */
    public ConfigResolver(Path workingDir, CommandLineSettings cli) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.cli = cli;
        this.explicit = cli.configFile().map(f -> {
            Path abs = this.workingDir.resolve(f).normalize();
            if (!Files.isRegularFile(abs)) {
                throw new ConfigException(f + ": no such configuration file");
            }
            return StacklintConfig.read(abs, name(abs));
        });
    }

    /** What the configuration files read so far skipped with a warning, each once, in reading order. */
    public synchronized List<String> warnings() {
        List<String> stacklintWarnings = java.util.stream.Stream.concat(explicit.stream(),
                        stacklint.values().stream().flatMap(Optional::stream))
                .distinct().flatMap(c -> c.warnings().stream()).distinct().toList();
        List<String> dclintWarnings = dclint.values().stream().flatMap(Optional::stream).distinct()
                .sorted(Comparator.comparing(DclintConfig::file)).flatMap(c -> c.warnings().stream()).toList();
        return java.util.stream.Stream.concat(stacklintWarnings.stream(), dclintWarnings.stream()).distinct().toList();
    }

    /** Discovers configuration files and applies no command-line settings. */
    public static ConfigResolver discovering(Path workingDir) {
        return new ConfigResolver(workingDir, CommandLineSettings.NONE);
    }

    /** @throws ConfigException when a configuration file that applies is wrong */
    public synchronized FileSettings forFile(Path file) {
        Path abs = workingDir.resolve(file).normalize();
        Path dir = abs.getParent();
        Optional<StacklintConfig> config = explicit.isPresent() ? explicit : nearest(dir, stacklint, STACKLINT, StacklintConfig::read);
        return new FileSettings(abs, config, nearest(dir, hadolint, HADOLINT, HadolintConfig::read),
                nearest(dir, dclint, DCLINT, DclintConfig::read), cli);
    }

    /**
     * The rules' data for this run when configuration adds to it: the extra table entries of every configuration in
     * use (the nearest first) before the built-in ones, every trusted registry, and the label schema; empty when
     * nothing is added.
     */
    public Optional<Tables> tables(Collection<FileSettings> files) {
        List<StacklintConfig> configs = inUse(files);
        List<String> trusted = files.stream().flatMap(f -> f.trustedRegistries().stream()).distinct().toList();
        List<DclintConfig> dclints = dclintsInUse(files);
        // the nearest configuration that lists floating tags decides them; dclint's prohibited tags stand in for them
        Optional<FloatingTags> floating = configs.stream().flatMap(c -> c.floatingTags().stream()).findFirst()
                .or(() -> dclints.stream().flatMap(d -> d.options().prohibitedTags().stream()).findFirst())
                .map(FloatingTags::of);
        // the nearest file's label schema decides for the run, as the nearest floating tags do
        Optional<LabelSchema> labels = files.stream()
                .sorted(Comparator.comparingInt((FileSettings f) -> f.file().getNameCount()).reversed()
                        .thenComparing(FileSettings::file))
                .flatMap(f -> f.labelSchema().stream()).findFirst();
        StyleOptions style = StyleOptions.DEFAULT;
        for (DclintConfig d : dclints.reversed()) {
            style = d.options().over(style); // the nearest is applied last, so it wins
        }
        // no dclint configuration leaves the default style, and spares a one-file run a record equals (~15 ms to link)
        if (trusted.isEmpty() && floating.isEmpty() && labels.isEmpty()
                && (dclints.isEmpty() || style.equals(StyleOptions.DEFAULT))
                && configs.stream().allMatch(c -> c.databaseImages().isEmpty() && c.deprecatedImages().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(Tables.builtin().with(configs.stream().flatMap(c -> c.databaseImages().stream()).toList(),
                configs.stream().flatMap(c -> c.deprecatedImages().stream()).toList(), trusted)
                .withFloatingTags(floating.orElse(FloatingTags.BUILTIN)).withStyle(style)
                .withLabelSchema(labels.orElse(LabelSchema.NONE)));
    }

    /** The input limits for this run: each one from the nearest configuration in use that sets it, else the default. */
    public Limits limits(Collection<FileSettings> files) {
        List<StacklintConfig> configs = inUse(files);
        Function<String, Optional<Long>> set = key -> configs.stream()
                .flatMap(c -> Optional.ofNullable(c.limits().get(key)).stream()).findFirst();
        Limits d = Limits.DEFAULT;
        return new Limits(set.apply("file-bytes").orElse(d.fileBytes()),
                set.apply("line-length").map(Long::intValue).orElse(d.lineLength()),
                set.apply("yaml-nodes").map(Long::intValue).orElse(d.yamlNodes()),
                set.apply("yaml-depth").map(Long::intValue).orElse(d.yamlDepth()),
                set.apply("files").map(Long::intValue).orElse(d.files()));
    }

    /** The dclint configurations that apply to {@code files}, the nearest (deepest) first. */
    private static List<DclintConfig> dclintsInUse(Collection<FileSettings> files) {
        return files.stream().map(FileSettings::dclint).flatMap(Optional::stream).distinct()
                .sorted(Comparator.comparingInt((DclintConfig c) -> c.folder().getNameCount()).reversed()).toList();
    }

    /** The configurations that apply to {@code files}, the nearest (deepest) first. */
    private static List<StacklintConfig> inUse(Collection<FileSettings> files) {
        return files.stream().map(FileSettings::config).flatMap(Optional::stream).distinct()
                .sorted(Comparator.comparingInt((StacklintConfig c) -> c.folder().getNameCount()).reversed()).toList();
    }

    /**
     * Which files and profiles are production for this run: {@code --env}, else the {@code environments} of every
     * configuration that applies to {@code files}, the nearest (deepest) configuration's patterns tried first.
     */
    public EnvironmentPolicy environmentPolicy(Collection<FileSettings> files) {
        List<StacklintConfig> configs = inUse(files);
        List<EnvironmentPolicy.Pattern> patterns = new ArrayList<>();
        Map<String, Environment> names = new LinkedHashMap<>();
        for (StacklintConfig c : configs) {
            patterns.addAll(c.environmentPatterns());
            c.environmentNames().forEach(names::putIfAbsent);
        }
        return new EnvironmentPolicy(cli.environment(), List.copyOf(patterns), Map.copyOf(names));
    }

    private <T> Optional<T> nearest(Path dir, Map<Path, Optional<T>> cache, List<String> names,
                                    BiFunction<Path, String, T> read) {
        if (dir == null) {
            return Optional.empty();
        }
        Optional<T> known = cache.get(dir);
        if (known != null) {
            return known;
        }
        Optional<T> found = names.stream().map(dir::resolve).filter(FolderEntries::isFile).findFirst()
                .map(f -> read.apply(f, name(f)))
                .or(() -> RepoRoot.isRoot(dir) ? Optional.empty() : nearest(dir.getParent(), cache, names, read));
        cache.put(dir, found);
        return found;
    }

    /** How messages call a file: relative to the working folder when under it. */
    public String name(Path abs) {
        return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
