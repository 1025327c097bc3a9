package dev.stacklint.rules.stack;

import dev.stacklint.compose.Command;
import dev.stacklint.compose.EnvFile;
import dev.stacklint.compose.FileReference;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.project.Container;
import dev.stacklint.project.command.EnvVar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a database container is started with, as far as the linter can tell: its variables (the built image's ENV,
 * then each {@code env_file}, then {@code environment}, as Compose layers them), its Compose command line and the
 * paths mounted into it.
 *
 * @param container the container
 * @param service   its Compose service
 */
record ContainerSettings(Container container, Service service) {

    /** A variable's value: empty when it is not set, or set to something the linter cannot read. */
    Optional<String> value(String name) {
        Optional<NamedValue> own = service.environment(name);
        if (own.isPresent()) {
            return Optional.ofNullable(container.variables().get(name)).flatMap(EnvVar::value);
        }
        Optional<NamedValue> fromFile = Optional.empty();
        for (EnvFile f : service.envFiles()) {
            Optional<NamedValue> entry = f.content().flatMap(c -> c.entries().stream()
                    .filter(e -> e.name().value().equals(name)).reduce((a, b) -> b));
            if (entry.isPresent()) {
                fromFile = entry; // a later env_file wins
            }
        }
        if (fromFile.isPresent()) {
            return fromFile.get().value().map(Located::value);
        }
        return Optional.ofNullable(container.variables().get(name)).flatMap(EnvVar::value);
    }

    /** True unless the variable is known to be unset or blank. */
    boolean maybeSet(String name) {
        if (!complete()) {
            return true;
        }
        return defined(name) && value(name).map(v -> !v.isBlank()).orElse(true);
    }

    /** True when the variable holds {@code true} (or {@code yes}, {@code 1}, {@code on}). */
    boolean isTrue(String name) {
        return value(name).map(v -> switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "on" -> true;
            default -> false;
        }).orElse(false);
    }

    /** True when the linter read every place a variable can come from (each {@code env_file} was read). */
    boolean complete() {
        return service.envFiles().stream().allMatch(f -> f.content().isPresent());
    }

    /** The names of the variables set on the service ({@code environment} and the {@code env_file}s read). */
    List<String> names() {
        List<String> names = new ArrayList<>(service.environment().stream().map(e -> e.name().value()).toList());
        service.envFiles().forEach(f -> f.content().ifPresent(c -> c.entries().forEach(e -> names.add(e.name().value()))));
        names.addAll(container.variables().keySet());
        return names;
    }

    /** The words of Compose's {@code entrypoint} then {@code command}, lower-cased. */
    List<String> commandWords() {
        return Stream.concat(service.entrypoint().stream(), service.command().stream()).map(Command::words)
                .flatMap(List::stream).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** The container paths something is mounted on: volumes, configs and secrets. */
    List<String> mountTargets() {
        List<String> targets = new ArrayList<>(service.volumes().stream().map(VolumeMount::target)
                .map(Located::value).toList());
        for (FileReference f : Stream.concat(service.configs().stream(), service.secrets().stream()).toList()) {
            targets.add(f.target().map(Located::value).orElse(f.source().value()));
        }
        return targets.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** Set somewhere: in {@code environment}, an {@code env_file} or the image's ENV. */
    private boolean defined(String name) {
        return names().contains(name);
    }
}
