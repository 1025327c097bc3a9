package dev.stacklint.compose;

import dev.stacklint.source.SourceFile;

import java.util.List;

/**
 * A file of {@code KEY=VALUE} lines that a project reads: a service's {@code env_file}, or the {@code .env} that
 * interpolation reads.
 *
 * @param file       the file
 * @param entries    its lines, each value as used and spanning its text as written
 * @param gitIgnored true when the file's repository ignores it ({@code .gitignore}), so it is not committed
 */
public record DotEnvFile(SourceFile file, List<NamedValue> entries, boolean gitIgnored) {
}
