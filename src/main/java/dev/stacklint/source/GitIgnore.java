package dev.stacklint.source;

import dev.stacklint.source.git.Gitignore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether git leaves a path out of its repository, for a single question: the repository is found above the path
 * and its ignore files are read as {@link Gitignore} reads them. A batch that asks about many paths of one
 * repository keeps a {@link Gitignore} instead, which reads each ignore file once.
 */
public final class GitIgnore {
    private GitIgnore() {
    }

    /**
     * True when {@code path} is in a git repository and ignored there, itself or through an ignored folder above
     * it; false outside a repository. A path that does not exist (a folder a package manager creates) is judged
     * by its folders and as a file.
     */
    public static boolean ignored(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Optional<Path> root = RepoRoot.of(abs);
        return root.isPresent() && Gitignore.at(root.get()).ignored(abs, Files.isDirectory(abs)).isPresent();
    }
}
