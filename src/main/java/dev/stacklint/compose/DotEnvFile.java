package dev.stacklint.compose;

import dev.stacklint.source.GitIgnore;
import dev.stacklint.source.SourceFile;

import java.util.List;
import java.util.Map;

/**
 * A file of {@code KEY=VALUE} lines that a project reads: a service's {@code env_file}, or the {@code .env} that
 * interpolation reads.
 *
 * @param file       the file
 * @param entries    its lines, each value as used and spanning its text as written
 * @param gitIgnored true when the file's repository ignores it ({@code .gitignore}), so it is not committed
 */
public record DotEnvFile(SourceFile file, List<NamedValue> entries, boolean gitIgnored) {
    /**
     * A file read as written, outside a Compose project (an env file a Dockerfile copies): its references resolve to
     * nothing, so that only what it holds literally is in its values.
     */
    public static DotEnvFile read(SourceFile file) {
        return new DotEnvFile(file, DotEnv.entries(file, Map.of()), GitIgnore.ignored(file.path()));
    }
}
