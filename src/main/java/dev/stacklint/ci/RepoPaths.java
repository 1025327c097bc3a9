package dev.stacklint.ci;

import java.nio.file.Path;
import java.util.Optional;

/** Resolves the paths a workflow writes against the folder a step runs in, within the repository. */
final class RepoPaths {
    private RepoPaths() {
    }

    /**
     * The path {@code written} names from {@code cwd} (from the root when it starts with the workspace); empty when an expression or variable (other than the
     * workspace itself) makes it unknown, when it is remote or absolute, or when it leaves the repository.
     */
    static Optional<Path> resolve(String written, Optional<Path> cwd, Path root) {
        String w = Expressions.workspaceRelative(written.strip());
        if (Expressions.inWorkspace(written.strip())) {
            cwd = Optional.of(root); // the checkout itself, wherever the step runs
        }
        if (cwd.isEmpty() || w.isEmpty() || Expressions.dynamic(w) || w.contains("://") || w.startsWith("git@")
                || w.startsWith("/") || w.startsWith("~")) {
            return Optional.empty();
        }
        try {
            Path p = cwd.get().resolve(w).normalize();
            return p.startsWith(root) ? Optional.of(p) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
