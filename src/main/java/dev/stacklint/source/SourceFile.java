package dev.stacklint.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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

    public SourceFile(Path path, String displayPath, String text) {
        this.path = path;
        this.displayPath = displayPath;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lineStarts = computeLineStarts(this.text);
    }

    /** Reads a file as UTF-8 (malformed bytes become U+FFFD rather than failing). */
    public static SourceFile read(Path path, String displayPath) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return new SourceFile(path.toAbsolutePath().normalize(), displayPath, decode(bytes));
    }

    public static SourceFile of(String displayPath, String text) {
        return new SourceFile(Path.of(displayPath).toAbsolutePath().normalize(), displayPath, text);
    }

    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
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
