package dev.stacklint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paths a repository's {@code .gitmodules} declares. A clone without {@code --recurse-submodules} leaves them
 * empty, so a build context there is missing on purpose, not by mistake.
 */
public final class GitSubmodules {
    private static final Pattern PATH = Pattern.compile("(?m)^\\s*path\\s*=\\s*(.+?)\\s*$");
    private static final long MAX_BYTES = 1 << 20;

    private GitSubmodules() {
    }

    /** True when {@code path} is a submodule, or inside one, of a repository above it. */
    public static boolean contains(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
            Path modules = dir.resolve(".gitmodules");
            if (Files.isRegularFile(modules) && declares(dir, modules, abs)) {
                return true;
            }
            if (RepoRoot.isRoot(dir)) {
                return false;
            }
        }
        return false;
    }

    private static boolean declares(Path root, Path modules, Path path) {
        try {
            if (Files.size(modules) > MAX_BYTES) {
                return false;
            }
            Matcher m = PATH.matcher(Files.readString(modules));
            while (m.find()) {
                if (path.startsWith(root.resolve(m.group(1)).normalize())) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false; // an unreadable .gitmodules declares nothing
        }
        return false;
    }
}
