package dev.stacklint.cli;

import dev.stacklint.engine.Fixer;
import dev.stacklint.report.AtomicFile;
import dev.stacklint.source.TextDecoding;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.List;

/**
 * Writes what {@code --fix} changed, each file atomically ({@link AtomicFile}), keeping a UTF-8 byte-order mark.
 * A file that changed on disk while stacklint ran, or that a fix would create but now exists, is left alone.
 */
final class FixWriter {
    private static final String BOM = "\uFEFF";

    private FixWriter() {
    }

    /** Writes the files; says on {@code err} which could not be written. Returns how many were written. */
    static int write(List<Fixer.FixedFile> files, PrintStream err) {
        int written = 0;
        for (Fixer.FixedFile f : files) {
            try {
                boolean exists = Files.exists(f.path(), LinkOption.NOFOLLOW_LINKS);
                String onDisk = exists ? TextDecoding.decode(Files.readAllBytes(f.path())).text() : null;
                boolean bom = onDisk != null && onDisk.startsWith(BOM);
                String current = onDisk == null ? null : bom ? onDisk.substring(1) : onDisk;
                if (f.original().isPresent() ? !f.original().get().equals(current) : exists) {
                    err.println("stacklint: " + f.displayPath() + " changed while stacklint ran; not fixed");
                    continue;
                }
                String text = (bom ? BOM : "") + f.text();
                // through a symbolic link to the file it names, which stays a link
                AtomicFile.write(exists ? f.path().toRealPath() : f.path(), out -> out.print(text));
                written++;
            } catch (IOException | SecurityException e) {
                err.println("stacklint: cannot write the fixes to " + f.displayPath() + ": " + e.getMessage());
            }
        }
        return written;
    }
}
