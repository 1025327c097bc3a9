package dev.stacklint.project;

import dev.stacklint.project.command.CommandContext;
import dev.stacklint.project.command.EnvVar;
import dev.stacklint.project.command.FileLookup;

import java.util.Map;
import java.util.Optional;

/**
 * What a container's command sees: the variables set by the image and the service, and its files.
 *
 * @param variables    every variable the linter knows to be set, by name
 * @param moreUnknown  variables may also come from somewhere the linter did not read (an {@code env_file})
 * @param files        the container's files
 */
record ContainerContext(Map<String, EnvVar> variables, boolean moreUnknown, ContainerFiles files)
        implements CommandContext {

    @Override
    public Optional<EnvVar> env(String name) {
        EnvVar v = variables.get(name);
        if (v != null) {
            return Optional.of(v);
        }
        return moreUnknown ? Optional.of(EnvVar.unknown(name)) : Optional.empty();
    }

    @Override
    public FileLookup file(String path) {
        return files.find(path);
    }

    @Override
    public Optional<java.util.Set<String>> list(String path) {
        return files.list(path);
    }
}
