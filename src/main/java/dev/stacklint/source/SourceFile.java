package dev.stacklint.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text of one input file and the index that turns offsets into lines and columns.
 * A leading byte-order mark is dropped so that columns on line 1 match what an editor shows.
 *
 * @param path        where the file lives (absolute, normalised); for standard input the path it stands for
 * @param displayPath how reports name the file: relative to the current folder where possible
 * @param text        the file's text
 */
public final class SourceFile {
    private final Path path;
    private final String displayPath;
    private final String text;
    private final int[] lineStarts;
    private final Optional<ReadProblem> readProblem;

    public SourceFile(Path path, String displayPath, String text) {
        this(path, displayPath, text, Optional.empty());
    }

    private SourceFile(Path path, String displayPath, String text, Optional<ReadProblem> readProblem) {
        this.path = path;
        this.displayPath = displayPath;
        boolean bom = text.startsWith("\uFEFF");
        this.text = bom ? text.substring(1) : text;
        this.lineStarts = computeLineStarts(this.text);
        this.readProblem = readProblem.map(p -> bom && p.offset() > 0 ? new ReadProblem(p.kind(), p.offset() - 1, p.detail()) : p);
    }

    /**
     * Reads a file as UTF-8; what is not plain UTF-8 text is its {@link #readProblem()} (malformed bytes become
     * U+FFFD, UTF-16 and UTF-32 with a byte-order mark are decoded).
     */
    public static SourceFile read(Path path, String displayPath) throws IOException {
        TextDecoding.Decoded decoded = TextDecoding.decode(Files.readAllBytes(path));
        return new SourceFile(path.toAbsolutePath().normalize(), displayPath, decoded.text(), decoded.problem());
    }

    /** Reads a file; one that cannot be read is {@link #unreadable} with the reason. Never throws. */
    public static SourceFile readOrUnreadable(Path path, String displayPath) {
        try {
            return read(path, displayPath);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return unreadable(path, displayPath, reason(path, e));
        }
    }

    private static String reason(Path path, Exception e) {
        try {
            if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                return "it is a broken symbolic link to `" + Files.readSymbolicLink(path) + "`";
            }
        } catch (IOException | SecurityException ignored) {
            // fall through to the error itself
        }
        if (Files.isDirectory(path)) {
            return "it is a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A file that could not be read: no text, and why. */
    public static SourceFile unreadable(Path path, String displayPath, String reason) {
        return new SourceFile(path.toAbsolutePath().normalize(), displayPath, "",
                Optional.of(new ReadProblem(ReadProblem.Kind.UNREADABLE, 0, reason)));
    }

    /** What was wrong with the file's bytes when it was read, if anything. */
    public Optional<ReadProblem> readProblem() {
        return readProblem;
    }

    public static SourceFile of(String displayPath, String text) {
        return new SourceFile(Path.of(displayPath).toAbsolutePath().normalize(), displayPath, text);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newline = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (newline) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    public Path path() {
        return path;
    }

    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line and column of an offset; offsets past the end clamp to the end. */
    public Position position(int offset) {
        int off = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, off);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, off - lineStarts[line] + 1);
    }

    /** The offset of a 1-based line and column (clamped into the file). */
    public int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length)) - 1;
        int lineEnd = lineEndOffset(l);
        return Math.min(lineStarts[l] + Math.max(0, column - 1), lineEnd);
    }

    /** The text of a 1-based line without its line break. */
    public String line(int line) {
        int l = line - 1;
        if (l < 0 || l >= lineStarts.length) {
            return "";
        }
        return text.substring(lineStarts[l], lineEndOffset(l));
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
    }

    private int lineEndOffset(int l) {
        int end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length();
        while (end > lineStarts[l] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    public String slice(Span span) {
        return text.substring(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
