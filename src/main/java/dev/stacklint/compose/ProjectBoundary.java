package dev.stacklint.compose;

import dev.stacklint.source.RepoRoot;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a Compose project may read files from: the repository root above its first file (the git top), else the
 * folder linted when it holds the file, else the file's own folder. A path written in the file that is a URL, is
 * absolute, or resolves outside that root is never read nor fetched: linting a repository must not read
 * {@code /etc/passwd} because a Compose file in it says {@code include: ../../../../etc/passwd}.
 */
record ProjectBoundary(Path root) {

    static ProjectBoundary of(Path firstFileDirectory, Path workingDir) {
        Path dir = firstFileDirectory.toAbsolutePath().normalize();
        Path cwd = workingDir.toAbsolutePath().normalize();
        return new ProjectBoundary(RepoRoot.of(dir).orElse(dir.startsWith(cwd) ? cwd : dir));
    }

    /** Why {@code written} (resolved to {@code resolved}) is not read, or empty when it is inside the project. */
    Optional<String> outside(String written, Optional<Path> resolved) {
        if (isRemote(written)) {
            return Optional.of("is a remote location");
        }
        if (written.startsWith("/") || written.startsWith("\\") || written.matches("[A-Za-z]:[\\\\/].*")) {
            return Optional.of("is an absolute path");
        }
        if (written.equals("~") || written.startsWith("~/")) {
            return Optional.of("is in the home folder");
        }
        if (resolved.isPresent() && !resolved.get().toAbsolutePath().normalize().startsWith(root)) {
            return Optional.of("resolves outside the repository");
        }
        return Optional.empty();
    }

    /** {@code oci://...}, {@code https://...}, {@code git@host:...}, {@code github.com/...}; not a drive letter. */
    static boolean isRemote(String reference) {
        return reference.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !reference.matches("[A-Za-z]:[\\\\/].*")
                || reference.startsWith("git@") || reference.startsWith("github.com/");
    }
}
