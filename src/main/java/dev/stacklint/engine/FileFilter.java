package dev.stacklint.engine;

import dev.stacklint.config.ConfigResolver;
import dev.stacklint.config.DclintConfig;
import dev.stacklint.config.FileSettings;
import dev.stacklint.config.Glob;
import dev.stacklint.config.StacklintConfig;
import dev.stacklint.source.git.Gitignore;
import dev.stacklint.source.RepoRoot;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which files a folder search leaves out: {@code --exclude} globs (relative to the working folder), the
 * {@code exclude} globs of the configuration and of the {@code .dclintrc} that apply (relative to their folders),
 * and, when asked, what git ignores. Files named on the command line are never left out.
 *
 * @param excludes  {@code --exclude} globs
 * @param gitignore respect {@code .gitignore} and {@code .git/info/exclude} inside a repository
 */
public record FileFilter(List<Glob> excludes, boolean gitignore) {
    /** Only the configuration's {@code exclude}. */
    public static final FileFilter NONE = new FileFilter(List.of(), false);

    /** The filter of one run: it reads each repository's ignore files once. */
    Bound bind(Path workingDir, ConfigResolver config) {
        return new Bound(workingDir.toAbsolutePath().normalize(), config);
    }

    /** A filter bound to a run's working folder and configuration. */
    final class Bound {
        private final Path workingDir;
        private final ConfigResolver config;
        private final Map<Path, Gitignore> repositories = new HashMap<>();

        private Bound(Path workingDir, ConfigResolver config) {
            this.workingDir = workingDir;
            this.config = config;
        }

        /** Why {@code path} (absolute; a folder when {@code dir}) is left out; empty when it is searched. */
        Optional<String> why(Path path, boolean dir) {
            for (Glob g : excludes) {
                if (g.matches(workingDir, path)) {
                    return Optional.of("--exclude " + g.pattern());
                }
            }
            FileSettings settings = config.forFile(dir ? path.resolve(".stacklint.yaml") : path);
            Optional<StacklintConfig> applying = settings.config();
            if (applying.isPresent()) {
                for (Glob g : applying.get().exclude()) {
                    if (g.matches(applying.get().folder(), path)) {
                        return Optional.of(config.name(applying.get().file()) + ": exclude " + g.pattern());
                    }
                }
            }
            Optional<DclintConfig> dclint = settings.dclint();
            if (dclint.isPresent()) {
                for (Glob g : dclint.get().exclude()) {
                    if (g.matches(dclint.get().folder(), path)) {
                        return Optional.of(config.name(dclint.get().file()) + ": exclude " + g.pattern());
                    }
                }
            }
            if (!gitignore) {
                return Optional.empty();
            }
            Path folder = dir ? path : path.getParent();
            return RepoRoot.of(folder) // remembered per path for the run
                    .map(root -> repositories.computeIfAbsent(root, Gitignore::at))
                    .flatMap(g -> g.ignored(path, dir));
        }
    }
}
