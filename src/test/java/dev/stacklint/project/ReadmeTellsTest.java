package dev.stacklint.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadmeTellsTest {
    @Test
    void aTitleOfExamplesCoversEveryFileBesideIt() {
        assertThat(ReadmeTells.says("docker-compose examples\n=======================\n\n- basic.yml: basic\n",
                "caddy.yml")).isTrue();
    }

    @Test
    void theIntroductionSaysWhatTheFilesAre() {
        String readme = """
                # server docker-compose files
                > [!warning]
                > archived.

                this repository provides docker-compose files that enable you to run a local instance of the server.

                ## production
                use the server image with your own database.
                """;
        assertThat(ReadmeTells.says(readme, "docker-compose-tls.yml")).isTrue();
    }

    @Test
    void aSectionSpeaksOnlyOfTheFilesItNames() {
        String readme = """
                # broker stacks

                ## single broker
                this configuration fits most development requirements.

                    docker compose -f broker-single.yml up

                ## console
                add the console with `docker compose -f broker-single.yml -f console.yml up`.
                """;
        assertThat(ReadmeTells.says(readme, "broker-single.yml")).isTrue();
        assertThat(ReadmeTells.says(readme, "console.yml")).isFalse();
    }

    @Test
    void aProjectsOwnDevelopmentSectionSaysNothingOfItsComposeFile() {
        String readme = """
                [![build](https://ci.example/badge.svg)](https://ci.example)
                # ledger
                a self-hosted ledger. quick start: copy docker-compose.yml and run docker compose up.

                ## local development
                run npm run dev for local development.
                """;
        assertThat(ReadmeTells.says(readme, "docker-compose.yml")).isFalse();
    }
}
