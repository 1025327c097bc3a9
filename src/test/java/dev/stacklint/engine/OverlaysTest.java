package dev.stacklint.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverlaysTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aFileThatRedefinesOrCompletesAServiceIsAnOverlay() throws IOException {
        Path base = write("docker-compose.yml", "services:\n  web:\n    image: app:1\n");
        assertThat(Overlays.isOverlay(write("jibri.yml", "services:\n  web:\n    ports: [\"80:80\"]\n"), List.of(base)))
                .isTrue();
        assertThat(Overlays.isOverlay(write("worker.yml", "services:\n  worker:\n    depends_on: [web]\n"),
                List.of(base))).isTrue();
    }

    @Test
    void aFileOfCompleteServicesOfItsOwnStandsAlone() throws IOException {
        Path base = write("docker-compose.yml", "services:\n  app:\n    image: app:1\n    ports: [\"8000:80\"]\n");
        Path dev = write("dev.docker-compose.yml", "services:\n  snipeit:\n    build: .\n    ports: [\"8000:80\"]\n"
                + "  redis:\n    image: redis:7\n");
        assertThat(Overlays.isOverlay(dev, List.of(base))).isFalse();
    }

    @Test
    void overANamedBaseOnlyAPartialServiceOrABorrowedNameMakesAnOverlay() throws IOException {
        Path base = write("conduktor.yml", "services:\n  postgresql:\n    image: postgres:17\n"
                + "    networks: [console-net]\nnetworks:\n  console-net:\n");
        Path alternative = write("conduktor-kafka-single.yml", "services:\n  postgresql:\n    image: postgres:17\n"
                + "  kafka1:\n    image: confluentinc/cp-kafka:8.0.0\n");
        assertThat(Overlays.isOverlay(alternative, List.of(base))).isTrue();
        assertThat(Overlays.isOverlayOfNamedBase(alternative, List.of(base))).isFalse();
        assertThat(Overlays.isOverlayOfNamedBase(write("conduktor-debug.yml", "services:\n  postgresql:\n"
                + "    command: postgres -c log_statement=all\n"), List.of(base))).isTrue();
        assertThat(Overlays.isOverlayOfNamedBase(write("conduktor-ui.yml", "services:\n  ui:\n    image: ui:2\n"
                + "    networks: [console-net]\n"), List.of(base))).isTrue();
    }

    @Test
    void anUnreadableFileCountsAsAnOverlay() throws IOException {
        Path base = write("docker-compose.yml", "services:\n  web:\n    image: app:1\n");
        assertThat(Overlays.isOverlay(write("broken.yml", "services: [\n"), List.of(base))).isTrue();
    }
}
