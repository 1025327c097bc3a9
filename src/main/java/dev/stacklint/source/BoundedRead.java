package dev.stacklint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A file read within {@link Limits}: at most {@code fileBytes} bytes are read and no line past the first one longer
 * than {@code lineLength}. When a limit is crossed, {@code file} holds the text up to that point and
 * {@code crossing} says where and which limit; such a file is reported, not parsed.
 */
public record BoundedRead(SourceFile file, Optional<Crossing> crossing) {

    /** Where in {@code file}'s text a limit was crossed (the text ends there). */
    public record Crossing(int offset, String message) {
    }

    public static BoundedRead read(Path path, String displayPath, Limits limits) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.fileBytes() + 1));
        }
        boolean tooLarge = bytes.length > limits.fileBytes();
        if (tooLarge) {
            bytes = Arrays.copyOf(bytes, wholeCharacters(bytes, (int) limits.fileBytes()));
        }
        Path abs = path.toAbsolutePath().normalize();
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        Optional<Crossing> tooLong = longLine(text, limits.lineLength());
        if (tooLong.isPresent()) {
            return new BoundedRead(new SourceFile(abs, displayPath, cut(text, tooLong.get()), decoded.problem()), tooLong);
        }
        SourceFile file = new SourceFile(abs, displayPath, text, decoded.problem());
        return new BoundedRead(file, tooLarge ? Optional.of(new Crossing(file.text().length(), "the file is larger than "
                + limits.fileBytes() + " bytes (limits.file-bytes); it is not read past here")) : Optional.empty());
    }

    /** Text already in memory (standard input), held to the same limits. */
    public static BoundedRead of(Path path, String displayPath, String text, Limits limits) {
        String kept = text;
        Optional<Crossing> crossing = Optional.empty();
        if (text.length() > limits.fileBytes()) {
            kept = text.substring(0, (int) limits.fileBytes());
            crossing = Optional.of(new Crossing(kept.length(), "the input is larger than " + limits.fileBytes()
                    + " characters (limits.file-bytes); it is not read past here"));
        }
        Optional<Crossing> tooLong = longLine(kept, limits.lineLength());
        if (tooLong.isPresent()) {
            kept = cut(kept, tooLong.get());
            crossing = tooLong;
        }
        return new BoundedRead(new SourceFile(path, displayPath, kept), crossing);
    }

    private static String cut(String text, Crossing at) {
        return text.substring(0, at.offset() + (text.startsWith("\uFEFF") ? 1 : 0));
    }

    /** The first offset past {@code max} characters on one line; a leading byte-order mark is not counted. */
    private static Optional<Crossing> longLine(String text, int max) {
        int bom = text.startsWith("\uFEFF") ? 1 : 0;
        int lineStart = bom;
        for (int i = bom; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = i + 1;
            } else if (i - lineStart >= max) {
                return Optional.of(new Crossing(i - bom, "this line is longer than " + max
                        + " characters (limits.line-length); the file is not read past here"));
            }
        }
        return Optional.empty();
    }

    /** The length of the longest prefix of {@code bytes[0, max)} that does not end inside a UTF-8 sequence. */
    private static int wholeCharacters(byte[] bytes, int max) {
        int end = max;
        int back = 0;
        while (end > 0 && back < 3 && (bytes[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (bytes[end - 1] & 0xC0) == 0xC0) {
            int need = (bytes[end - 1] & 0xE0) == 0xC0 ? 1 : (bytes[end - 1] & 0xF0) == 0xE0 ? 2 : 3;
            return need == back ? max : end - 1;
        }
        return max;
    }
}
