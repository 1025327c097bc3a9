package dev.stacklint.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a file's bytes into text, and says when they are not plain UTF-8: a byte-order mark of UTF-16 or UTF-32
 * (decoded with it), wide text without one, the first byte that is not UTF-8 (replaced by U+FFFD), a NUL byte.
 */
public final class TextDecoding {
    /** Bytes looked at to tell wide text without a byte-order mark from a binary file. */
    private static final int SAMPLE = 4096;

    private TextDecoding() {
    }

    /** The text and what was wrong with the bytes, if anything. */
    public record Decoded(String text, Optional<ReadProblem> problem) {
    }

    public static Decoded decode(byte[] bytes) {
        Optional<Decoded> wide = byteOrderMark(bytes);
        if (wide.isPresent()) {
            return wide.get();
        }
        if (looksWide(bytes)) {
            return new Decoded("", Optional.of(new ReadProblem(ReadProblem.Kind.WIDE_WITHOUT_BOM, 0,
                    "UTF-16 or UTF-32")));
        }
        int nulByte = indexOfNul(bytes);
        if (nulByte >= 0) { // binary: that says more than its first byte that is not UTF-8
            String before = new String(bytes, 0, nulByte, StandardCharsets.UTF_8);
            return new Decoded(new String(bytes, StandardCharsets.UTF_8),
                    Optional.of(new ReadProblem(ReadProblem.Kind.NUL_BYTE, before.length(), "0x00")));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int at = out.position();
            String text = new String(bytes, StandardCharsets.UTF_8); // malformed sequences become U+FFFD
            return new Decoded(text, Optional.of(new ReadProblem(ReadProblem.Kind.INVALID_UTF8, at,
                    String.format(Locale.ROOT, "0x%02X", bytes[bad] & 0xFF))));
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString(), Optional.empty());
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Decoded> byteOrderMark(byte[] b) {
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(wide(b, 4, "UTF-32LE", ReadProblem.Kind.UTF32_BOM));
        }
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(wide(b, 4, "UTF-32BE", ReadProblem.Kind.UTF32_BOM));
        }
        if (starts(b, 0xFF, 0xFE)) {
            return Optional.of(wide(b, 2, "UTF-16LE", ReadProblem.Kind.UTF16_BOM));
        }
        if (starts(b, 0xFE, 0xFF)) {
            return Optional.of(wide(b, 2, "UTF-16BE", ReadProblem.Kind.UTF16_BOM));
        }
        return Optional.empty();
    }

    private static Decoded wide(byte[] b, int bom, String charset, ReadProblem.Kind kind) {
        String text = new String(b, bom, b.length - bom, Charset.forName(charset));
        return new Decoded(text, Optional.of(new ReadProblem(kind, 0, charset)));
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Wide text: at least a third of the sampled bytes are NUL (ASCII in UTF-16 is every other byte). */
    private static boolean looksWide(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int nul = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                nul++;
            }
        }
        return n >= 4 && nul * 3 >= n;
    }
}
