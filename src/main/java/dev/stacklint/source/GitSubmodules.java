package dev.stacklint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paths a repository's {@code .gitmodules} declares. A clone without {@code --recurse-submodules} leaves them
 * absent or empty, so a build context (or a Dockerfile) there is missing on purpose, not by mistake.
 */
public final class GitSubmodules {
    private static final Pattern PATH = Pattern.compile("(?m)^\\s*path\\s*=\\s*(.+?)\\s*$");
    private static final long MAX_BYTES = 1 << 20;

    private GitSubmodules() {
    }

    /** True when {@code path} is a submodule, or inside one, of a repository above it. */
    public static boolean contains(Path path) {
        return enclosing(path).isPresent();
    }

    /**
     * True when {@code path} is inside a submodule whose folder is absent or empty: git leaves an empty folder for
     * each submodule a clone did not initialise, so nothing in it can be judged missing.
     */
    public static boolean notCheckedOut(Path path) {
        return enclosing(path).filter(GitSubmodules::emptyOrAbsent).isPresent();
    }

    private static boolean emptyOrAbsent(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder of the submodule holding {@code path}, declared by a {@code .gitmodules} of a repository above. */
    private static Optional<Path> enclosing(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
            Path modules = dir.resolve(".gitmodules");
            if (Files.isRegularFile(modules)) {
                Optional<Path> module = declared(dir, modules, abs);
                if (module.isPresent()) {
                    return module;
                }
            }
            if (RepoRoot.isRoot(dir)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> declared(Path root, Path modules, Path path) {
        try {
            if (Files.size(modules) > MAX_BYTES) {
                return Optional.empty();
            }
            Matcher m = PATH.matcher(Files.readString(modules));
            while (m.find()) {
                Path module = root.resolve(m.group(1)).normalize();
                if (path.startsWith(module)) {
                    return Optional.of(module);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable .gitmodules declares nothing
        }
        return Optional.empty();
    }
}
