package dev.stacklint.compose;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShortSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"80", "8000:80", "127.0.0.1:8000:80", "127.0.0.1::80", "0.0.0.0:80:80/udp", "[::1]:80:80",
            "::1:80:80", "8000-8010:8000-8010", "8000-8010:80", "9090-9091/sctp", ":80",
            "2001:db8::8:800:200c:417a:80:80"})
    void validPorts(String port) {
        PortSyntax.parse(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "80:80:80:80", "0", "70000", "80/tcpx", "8000-7000:80", "8000-8002:80-81",
            "999.1.1.1:80:80", "[::1:80:80", "1.2.3:80:80"})
    void invalidPorts(String port) {
        assertThatThrownBy(() -> PortSyntax.parse(port)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\data:/data", "c:/data:/data:ro"})
    void windowsDrivesAreNotSeparators(String volume) {
        VolumeSyntax.Parts p = VolumeSyntax.parse(volume);
        assertThat(volume.substring(p.source().from(), p.source().to())).endsWith("data");
        assertThat(volume.substring(p.target().from(), p.target().to())).isEqualTo("/data");
        assertThat(VolumeSyntax.isHostPath(volume.substring(p.source().from(), p.source().to()))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"./a", "../a", "/a", "~/a", "~", "\\\\server\\share", "D:\\x"})
    void hostPaths(String source) {
        assertThat(VolumeSyntax.isHostPath(source)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"data", "my-volume_1", "x"})
    void volumeNames(String source) {
        assertThat(VolumeSyntax.isHostPath(source)).isFalse();
    }
}
