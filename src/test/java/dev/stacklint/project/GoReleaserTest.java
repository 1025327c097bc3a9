package dev.stacklint.project;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GoReleaserTest {
    private static final Path DIR = Path.of("/repo");

    @Test
    void namesEachDockerfileOfDockersAndDockersV2() {
        String config = """
                dockers:
                  - image_templates: ["a:{{ .Tag }}"]
                    dockerfile: build/Dockerfile.goreleaser
                  - image_templates: ["b:{{ .Tag }}"]
                dockers_v2:
                  - images: [c]
                    dockerfile: release.Dockerfile
                """;
        assertThat(GoReleaser.dockerfiles(config, DIR)).containsExactlyInAnyOrder(
                Path.of("/repo/build/Dockerfile.goreleaser"), Path.of("/repo/Dockerfile"),
                Path.of("/repo/release.Dockerfile"));
    }

    @Test
    void aTemplatedNameOrAConfigurationWithoutImagesNamesNone() {
        assertThat(GoReleaser.dockerfiles("dockers:\n  - dockerfile: '{{ .Env.DOCKERFILE }}'\n", DIR)).isEmpty();
        assertThat(GoReleaser.dockerfiles("builds:\n  - goos: [linux]\n", DIR)).isEmpty();
        assertThat(GoReleaser.dockerfiles("dockers: [", DIR)).isEmpty();
        assertThat(GoReleaser.dockerfiles("- just a list", DIR)).isEmpty();
    }
}
