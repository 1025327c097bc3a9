package dev.stacklint.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FolderEntriesTest {
    @TempDir
    Path dir;

    @Test
    void answersFromOneListingPerRun() throws IOException {
        RepoRoot.newRun();
        Files.writeString(dir.resolve("compose.yaml"), "services: {}\n");
        Files.createDirectory(dir.resolve("Dockerfile"));
        assertThat(FolderEntries.names(dir)).containsExactly("Dockerfile", "compose.yaml");
        assertThat(FolderEntries.isFile(dir.resolve("compose.yaml"))).isTrue();
        assertThat(FolderEntries.isFile(dir.resolve("Dockerfile"))).isFalse(); // listed, but a folder
        assertThat(FolderEntries.exists(dir.resolve("Dockerfile"))).isTrue();
        assertThat(FolderEntries.isFile(dir.resolve("compose.override.yaml"))).isFalse();

        Files.writeString(dir.resolve("compose.override.yaml"), "services: {}\n");
        assertThat(FolderEntries.isFile(dir.resolve("compose.override.yaml"))).isFalse(); // the run's own listing
        RepoRoot.newRun();
        assertThat(FolderEntries.isFile(dir.resolve("compose.override.yaml"))).isTrue();
    }

    @Test
    void aMissingFolderOrAFileHoldsNothing() throws IOException {
        RepoRoot.newRun();
        Path file = Files.writeString(dir.resolve("app.py"), "");
        assertThat(FolderEntries.names(dir.resolve("gone"))).isEmpty();
        assertThat(FolderEntries.names(file)).isEmpty();
        assertThat(FolderEntries.isFile(dir.resolve("gone/Dockerfile"))).isFalse();
    }

    @Test
    void pathsWithoutAFolderToListAskTheFileSystem() {
        RepoRoot.newRun();
        assertThat(FolderEntries.exists(dir.resolve("."))).isTrue();
        assertThat(FolderEntries.exists(dir.resolve("sub/.."))).isFalse(); // sub does not exist
    }
}
