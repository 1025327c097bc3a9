package dev.stacklint.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecodingTest {
    private static String problem(byte[] bytes) {
        TextDecoding.Decoded d = TextDecoding.decode(bytes);
        return d.problem().map(p -> p.kind() + " " + p.offset() + " " + p.detail()).orElse("none") + " | " + d.text();
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void plainUtf8HasNoProblem() {
        assertThat(problem("FROM x\n# grüß\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("none | FROM x\n# grüß\n");
    }

    @Test
    void theFirstByteThatIsNotUtf8IsNamedAtItsPlaceInTheText() {
        assertThat(problem(bytes('a', 0xC3, 0xBC, '\n', 'b', 0xE9, 'c', 0xFF)))
                .isEqualTo("INVALID_UTF8 4 0xE9 | aü\nb\uFFFDc\uFFFD");
        assertThat(problem(bytes(0xE2, 0x82))).as("a sequence cut short").startsWith("INVALID_UTF8 0 0xE2");
    }

    @Test
    void wideTextWithAByteOrderMarkIsDecoded() {
        assertThat(problem(withBom("FROM x\n", "UTF-16LE", 0xFF, 0xFE))).isEqualTo("UTF16_BOM 0 UTF-16LE | FROM x\n");
        assertThat(problem(withBom("FROM x\n", "UTF-16BE", 0xFE, 0xFF))).isEqualTo("UTF16_BOM 0 UTF-16BE | FROM x\n");
        assertThat(problem(withBom("a: 1\n", "UTF-32LE", 0xFF, 0xFE, 0, 0))).isEqualTo("UTF32_BOM 0 UTF-32LE | a: 1\n");
        assertThat(problem(withBom("a: 1\n", "UTF-32BE", 0, 0, 0xFE, 0xFF))).isEqualTo("UTF32_BOM 0 UTF-32BE | a: 1\n");
    }

    @Test
    void wideTextWithoutAByteOrderMarkAndNulBytesAreNotText() {
        assertThat(problem("FROM x\n".getBytes(Charset.forName("UTF-16LE")))).isEqualTo("WIDE_WITHOUT_BOM 0 UTF-16 or UTF-32 | ");
        assertThat(problem(bytes('F', 'R', 'O', 'M', ' ', 'x', '\n', 'a', 0, 'b')))
                .isEqualTo("NUL_BYTE 8 0x00 | FROM x\na\0b");
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedAndPositionsFollow() {
        SourceFile f = new SourceFile(java.nio.file.Path.of("/x/Dockerfile"), "Dockerfile", "\uFEFFab");
        assertThat(f.text()).isEqualTo("ab");
        assertThat(f.readProblem()).isEmpty();
    }

    private static byte[] withBom(String text, String charset, int... bom) {
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] out = new byte[bom.length + body.length];
        for (int i = 0; i < bom.length; i++) {
            out[i] = (byte) bom[i];
        }
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
