package dev.stacklint.project.command;

import java.util.Optional;

/** What a command can see when it runs in the container: its environment and its files. */
public interface CommandContext {

    /** The variable {@code name}: empty when it is certainly not set. */
    Optional<EnvVar> env(String name);

    /** A file by the path the process names it with (absolute, or relative to the working directory). */
    FileLookup file(String path);

    /** The names in a folder of the container, as far as known; empty when nothing known puts anything there. */
    default Optional<java.util.Set<String>> list(String path) {
        return Optional.empty();
    }

    /** A context with the given variables set on top of this one's ({@code VAR=x cmd}, {@code env VAR=x cmd}). */
    default CommandContext with(java.util.Map<String, EnvVar> overlay) {
        if (overlay.isEmpty()) {
            return this;
        }
        CommandContext base = this;
        return new CommandContext() {
            @Override
            public Optional<EnvVar> env(String name) {
                EnvVar v = overlay.get(name);
                return v != null ? Optional.of(v) : base.env(name);
            }

            @Override
            public FileLookup file(String path) {
                return base.file(path);
            }

            @Override
            public Optional<java.util.Set<String>> list(String path) {
                return base.list(path);
            }
        };
    }
}
