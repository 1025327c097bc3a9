package dev.stacklint.compose;

import dev.stacklint.engine.LoadFindings;
import dev.stacklint.image.ImageReference;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static dev.stacklint.compose.Loading.load;
import static dev.stacklint.compose.Loading.loadFiles;
import static dev.stacklint.compose.Loading.text;
import static dev.stacklint.compose.Loading.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InterpolationTest {

    @TempDir
    Path dir;

    @Test
    void valuesAreSubstitutedAndStillPointAtTheTemplate() {
        ComposeLoad load = load("""
                services:
                  web:
                    image: "postgres:${PG_VERSION:-16}"
                    ports: ["${PORT}:80"]
                """, Map.of("PORT", "8080"));
        assertThat(LoadFindings.of(load.problems())).isEmpty();
        Service web = load.project().orElseThrow().service("web").orElseThrow();
        Located<ImageReference> image = web.image().orElseThrow();
        assertThat(image.value().reference()).isEqualTo("postgres:16");
        assertThat(image.value().variables()).isTrue();
        assertThat(image.value().tag()).contains("16");
        assertThat(text(image)).isEqualTo("\"postgres:${PG_VERSION:-16}\"");
        PortMapping port = web.ports().get(0);
        assertThat(port.published().map(p -> p.value().first())).contains(8080);
        assertThat(port.published().map(Loading::text)).contains("\"${PORT}:80\"");
    }

    @Test
    void anUnsetRequiredVariableIsReportedAtItsDollarWhenTheProjectHasAnEnvFile() throws IOException {
        write(dir, ".env", "POSTGRES_USER=app\n");
        write(dir, "compose.yaml", """
                services:
                  db:
                    environment:
                      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}
                """);
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml");
        Finding f = LoadFindings.of(load.problems()).get(0);
        assertThat(LoadFindings.of(load.problems())).hasSize(1);
        assertThat(f.rule().code()).isEqualTo("SL005");
        assertThat(f.start()).isEqualTo(new Position(4, 26));
        assertThat(f.end()).isEqualTo(new Position(4, 65));
        assertThat(f.message()).isEqualTo("required variable `DB_PASSWORD` is not set: set DB_PASSWORD in .env");
    }

    @Test
    void anUnsetVariableInAPathIsNamedOnceAndLeavesThePathUnknown() throws IOException {
        write(dir, ".env", "POSTGRES_USER=app\n");
        write(dir, "compose.yaml", """
                services:
                  web:
                    build: ${SRC}/web
                    volumes: ["${SRC}/static:/srv/static"]
                    env_file: [web.env]
                """);
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml");
        assertThat(LoadFindings.of(load.problems())).extracting(f -> f.start().line() + ":" + f.start().column() + "-" + f.end().line()
                + ":" + f.end().column(), Finding::severity).containsExactly(tuple("3:12-3:18", Severity.WARNING));
        Service web = load.project().orElseThrow().service("web").orElseThrow();
        assertThat(web.build().orElseThrow().contextDirectory()).isEmpty();
        assertThat(web.volumes().get(0).hostPath()).isEmpty();
        assertThat(web.envFiles().get(0).resolvedPath()).contains(dir.resolve("web.env"));
    }

    @Test
    void withoutAnEnvFileAnUnsetVariableInAPathIsInfo() {
        ComposeLoad load = load("services:\n  web:\n    env_file: ${CONF}/web.env\n", Map.of());
        assertThat(LoadFindings.of(load.problems())).extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(load.project().orElseThrow().service("web").orElseThrow().envFiles().get(0).resolvedPath()).isEmpty();
    }

    @Test
    void withoutAnEnvFileAnUnsetRequiredVariableIsOnlyInfo() {
        ComposeLoad load = load("""
                services:
                  db:
                    image: postgres:${PG_VERSION:?}
                    environment:
                      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in the environment}
                """, Map.of("PG_VERSION", ""));
        assertThat(LoadFindings.of(load.problems())).extracting(Finding::severity, Finding::message).containsExactly(
                tuple(Severity.ERROR, "required variable `PG_VERSION` is empty"),
                tuple(Severity.INFO, "required variable `DB_PASSWORD` is not set: set DB_PASSWORD in the environment"
                        + " (there is no .env beside the Compose file, so the environment `docker compose` runs in"
                        + " must set it)"));
    }

    @Test
    void aMalformedReferenceIsReportedAtItsDollarInsideQuotes() {
        ComposeLoad load = load("services:\n  web:\n    command: \"echo ${ oops}\"\n", Map.of());
        assertThat(LoadFindings.of(load.problems())).singleElement().satisfies(f -> {
            assertThat(f.rule().code()).isEqualTo("SL005");
            assertThat(f.start()).isEqualTo(new Position(3, 20));
            assertThat(f.end()).isEqualTo(new Position(3, 28));
        });
    }

    @Test
    void aLoneDollarIsKeptAsItIsAndDoubledIsALiteral() {
        assertThat(load("services:\n  web:\n    command: echo $$HOME costs 5$$\n", Map.of()).problems()).isEmpty();
        ComposeLoad lone = load("services:\n  web:\n    environment:\n      NOTE: 5$ at $(hostname)\n", Map.of());
        assertThat(lone.problems()).isEmpty();
        assertThat(lone.project().orElseThrow().service("web").orElseThrow().environment("NOTE").orElseThrow().value()
                .map(Located::value)).contains("5$ at $(hostname)");
    }

    @Test
    void keysAreNeverInterpolated() {
        ComposeProject p = load("services:\n  web:\n    environment:\n      $NAME: x\n", Map.of("NAME", "Y"))
                .project().orElseThrow();
        assertThat(p.service("web").orElseThrow().environment("$NAME")).isPresent();
    }

    @Test
    void dotEnvBesideTheFirstFileSuppliesVariablesAndTheEnvironmentWins() throws IOException {
        write(dir, ".env", "TAG=1.0\nPORT=5000\n");
        write(dir, "compose.yaml", "services:\n  web:\n    image: app:${TAG}\n    ports: [\"${PORT}:80\"]\n");
        ComposeLoad load = loadFiles(dir, Map.of("PORT", "9000"), "compose.yaml");
        Service web = load.project().orElseThrow().service("web").orElseThrow();
        assertThat(web.image().orElseThrow().value().reference()).isEqualTo("app:1.0");
        assertThat(web.ports().get(0).published().map(p -> p.value().first())).contains(9000);
        assertThat(load.project().orElseThrow().files()).extracting(f -> f.path().getFileName().toString())
                .containsExactly("compose.yaml", ".env");
    }

    @Test
    void findingsInTheDotEnvArePlacedInIt() throws IOException {
        write(dir, ".env", "GOOD=1\nBAD=\"oops\n");
        write(dir, "compose.yaml", "services:\n  web:\n    image: a:${GOOD}\n");
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml");
        assertThat(LoadFindings.of(load.problems())).singleElement().satisfies(f -> {
            assertThat(f.file().path().getFileName().toString()).isEqualTo(".env");
            assertThat(f.start()).isEqualTo(new Position(2, 5));
        });
    }
}
