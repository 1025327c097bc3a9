package dev.stacklint.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {
    @TempDir
    Path dir;

    private long entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void aFailureHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("report.json"), "the previous report");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.print("{ \"partial\": ");
            throw new IllegalStateException("formatter failed");
        })).hasMessage("formatter failed");
        assertThat(target).hasContent("the previous report");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void theNewContentReplacesTheFileAndKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("report.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(target, out -> out.print("new"));
        assertThat(target).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
        AtomicFile.write(dir.resolve("fresh.json"), out -> out.print("x"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("fresh.json")))).isEqualTo("rw-r--r--");
        assertThat(entries()).isEqualTo(2);
    }
}
