package dev.stacklint.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceFileTest {
    @Test
    void positionsAreOneBasedAcrossLfCrlfAndCr() {
        SourceFile f = SourceFile.of("x", "ab\ncd\r\nef\rgh");
        assertThat(f.position(0)).isEqualTo(new Position(1, 1));
        assertThat(f.position(3)).isEqualTo(new Position(2, 1));
        assertThat(f.position(4)).isEqualTo(new Position(2, 2));
        assertThat(f.position(7)).isEqualTo(new Position(3, 1));
        assertThat(f.position(10)).isEqualTo(new Position(4, 1));
        assertThat(f.line(2)).isEqualTo("cd");
        assertThat(f.offset(3, 2)).isEqualTo(8);
    }

    @Test
    void aByteOrderMarkIsDropped() {
        SourceFile f = SourceFile.of("x", "\uFEFFFROM x");
        assertThat(f.text()).isEqualTo("FROM x");
        assertThat(f.position(0)).isEqualTo(new Position(1, 1));
    }

    @Test
    void offsetsPastTheEndClamp() {
        SourceFile f = SourceFile.of("x", "a\n");
        assertThat(f.position(99)).isEqualTo(new Position(2, 1));
        assertThat(f.offset(9, 9)).isEqualTo(2);
    }
}
