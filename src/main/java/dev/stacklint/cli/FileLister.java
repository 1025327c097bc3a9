package dev.stacklint.cli;

import dev.stacklint.engine.FileListing;
import dev.stacklint.project.Discovery;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** {@code --list-files}: one line per file read ({@code path (kind): why}), then one per file or folder left out. */
final class FileLister {
    private FileLister() {
    }

    static void print(FileListing listing, Path cwd, PrintStream out) {
        for (FileListing.Entry e : listing.files()) {
            out.println(shown(e.path(), cwd) + " (" + e.kind().name().toLowerCase(Locale.ROOT) + "): " + e.why());
        }
        for (Discovery.Skipped s : listing.skipped()) {
            out.println(shown(s.path(), cwd) + (s.dir() ? "/" : "") + " (skipped): " + s.why());
        }
    }

    private static String shown(Path path, Path cwd) {
        Path abs = path.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
