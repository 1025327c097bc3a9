package dev.stacklint.compose;

import dev.stacklint.engine.LoadFindings;
import dev.stacklint.source.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static dev.stacklint.compose.Loading.loadFiles;
import static dev.stacklint.compose.Loading.render;
import static dev.stacklint.compose.Loading.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Several files merged by the specification's rules, extends and include, each value keeping its own file. */
class MultiFileTest {

    @TempDir
    Path dir;

    private ComposeProject merged(String base, String override) throws IOException {
        write(dir, "compose.yaml", base);
        write(dir, "compose.override.yaml", override);
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml", "compose.override.yaml");
        assertThat(LoadFindings.of(load.problems())).isEmpty();
        return load.project().orElseThrow();
    }

    private static String fileOf(Located<?> v) {
        return v.file().path().getFileName().toString();
    }

    @Test
    void anOverrideReplacesScalarsAndEachValuePointsAtItsFile() throws IOException {
        Service web = merged("""
                services:
                  web:
                    image: app:1
                    restart: always
                """, """
                services:
                  web:
                    image: app:2
                """).service("web").orElseThrow();
        assertThat(web.image().orElseThrow().value().reference()).isEqualTo("app:2");
        assertThat(fileOf(web.image().orElseThrow())).isEqualTo("compose.override.yaml");
        assertThat(web.image().orElseThrow().origin().start()).isEqualTo(new Position(3, 12));
        assertThat(fileOf(web.restart().orElseThrow())).isEqualTo("compose.yaml");
        assertThat(fileOf(web.name())).isEqualTo("compose.yaml");
    }

    @Test
    void sequencesMergeByTheirKeysAndCommandsAreReplaced() throws IOException {
        Service web = merged("""
                services:
                  web:
                    command: [python, app.py]
                    ports: ["8000:8000", "9000:9000"]
                    volumes: ["./a:/data", "logs:/logs"]
                    environment: [A=1, B=2]
                    dns: [1.1.1.1]
                volumes: {logs: {}}
                """, """
                services:
                  web:
                    command: gunicorn app:app
                    ports: ["8000:8000", "7000:7000"]
                    volumes: ["./b:/data"]
                    environment: {B: "3", C: "4"}
                    dns: [1.1.1.1, 8.8.8.8]
                """).service("web").orElseThrow();
        assertThat(web.command().orElseThrow().words()).containsExactly("gunicorn", "app:app");
        assertThat(web.ports()).extracting(p -> p.published().orElseThrow().value().first()).containsExactly(8000, 9000, 7000);
        assertThat(fileOf(web.ports().get(0).target())).isEqualTo("compose.override.yaml");
        assertThat(web.volumes()).extracting(v -> v.source().orElseThrow().value()).containsExactly("./b", "logs");
        assertThat(fileOf(web.volumes().get(0).target())).isEqualTo("compose.override.yaml");
        assertThat(web.environment()).extracting(e -> e.name().value() + "=" + e.value().orElseThrow().value())
                .containsExactly("A=1", "B=3", "C=4");
        assertThat(fileOf(web.environment("B").orElseThrow().value().orElseThrow())).isEqualTo("compose.override.yaml");
        assertThat(web.definition().sequence("dns").orElseThrow().items()).hasSize(2);
    }

    @Test
    void resetAndOverrideTags() throws IOException {
        Service web = merged("""
                services:
                  web:
                    image: app:1
                    ports: ["8000:8000"]
                    environment: {A: "1", B: "2"}
                    healthcheck: {test: [CMD, "true"], interval: 5s}
                """, """
                services:
                  web:
                    ports: !reset []
                    environment: !override {C: "3"}
                    healthcheck: !reset null
                """).service("web").orElseThrow();
        assertThat(web.ports()).isEmpty();
        assertThat(web.environment()).extracting(e -> e.name().value()).containsExactly("C");
        assertThat(web.healthcheck()).isEmpty();
    }

    @Test
    void aResetInASingleFileOnlyRemovesItself() throws IOException {
        write(dir, "compose.yaml", "services:\n  web:\n    image: a:1\n    ports: !reset [\"80:80\"]\n");
        ComposeProject p = loadFiles(dir, Map.of(), "compose.yaml").project().orElseThrow();
        assertThat(p.service("web").orElseThrow().ports()).isEmpty();
        assertThat(p.service("web").orElseThrow().image()).isPresent();
    }

    @Test
    void relativePathsInAnOverrideResolveAgainstTheProjectDirectory() throws IOException {
        write(dir, "compose.yaml", "services:\n  web:\n    image: a:1\n");
        write(dir, "deploy/prod.yaml", "services:\n  web:\n    build: ./app\n");
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml", "deploy/prod.yaml");
        Build build = load.project().orElseThrow().service("web").orElseThrow().build().orElseThrow();
        assertThat(build.contextDirectory()).contains(dir.resolve("app"));
    }

    @Test
    void extendsInTheSameFileAndAnotherFile() throws IOException {
        write(dir, "common/base.yaml", """
                services:
                  base:
                    image: python:3.12
                    build: ./ctx
                    environment: {A: "1"}
                    depends_on: [db]
                """);
        write(dir, "compose.yaml", """
                services:
                  worker:
                    extends: web
                    command: celery worker
                  web:
                    extends:
                      file: common/base.yaml
                      service: base
                    environment: {B: "2"}
                  db:
                    image: postgres:16
                """);
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml");
        assertThat(LoadFindings.of(load.problems())).isEmpty();
        ComposeProject p = load.project().orElseThrow();
        Service web = p.service("web").orElseThrow();
        assertThat(web.image().orElseThrow().value().reference()).isEqualTo("python:3.12");
        assertThat(fileOf(web.image().orElseThrow())).isEqualTo("base.yaml");
        assertThat(web.environment()).extracting(e -> e.name().value()).containsExactly("A", "B");
        assertThat(web.dependsOn()).as("depends_on is not inherited").isEmpty();
        assertThat(web.build().orElseThrow().contextDirectory()).contains(dir.resolve("common/ctx"));
        assertThat(web.extendsRef().orElseThrow().resolution()).isEqualTo(ExtendsRef.Resolution.RESOLVED);
        Service worker = p.service("worker").orElseThrow();
        assertThat(worker.image().orElseThrow().value().reference()).isEqualTo("python:3.12");
        assertThat(worker.command().orElseThrow().words()).containsExactly("celery", "worker");
        assertThat(p.files()).extracting(f -> f.displayPath()).containsExactly("compose.yaml", "common/base.yaml");
    }

    @Test
    void extendsCyclesAreAFindingNotARecursion() throws IOException {
        write(dir, "compose.yaml", """
                services:
                  a:
                    extends: b
                  b:
                    extends:
                      service: c
                  c:
                    extends: a
                """);
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml");
        assertThat(LoadFindings.of(load.problems())).extracting(Loading::render).containsExactly(
                "compose.yaml:8:14 SL003 `extends` forms a cycle: a → b → c → a");
        assertThat(load.project().orElseThrow().services()).containsOnlyKeys("a", "b", "c");
    }

    @Test
    void extendsToMissingServiceOrFileIsRecorded() throws IOException {
        write(dir, "compose.yaml", """
                services:
                  a:
                    extends: nope
                  b:
                    extends: {file: missing.yaml, service: x}
                  c:
                    extends: {file: oci://registry/x, service: x}
                """);
        ComposeProject p = loadFiles(dir, Map.of(), "compose.yaml").project().orElseThrow();
        assertThat(p.service("a").orElseThrow().extendsRef().orElseThrow().resolution())
                .isEqualTo(ExtendsRef.Resolution.SERVICE_NOT_FOUND);
        assertThat(p.service("b").orElseThrow().extendsRef().orElseThrow().resolution())
                .isEqualTo(ExtendsRef.Resolution.FILE_NOT_FOUND);
        assertThat(p.service("c").orElseThrow().extendsRef().orElseThrow().resolution())
                .isEqualTo(ExtendsRef.Resolution.REMOTE);
    }

    @Test
    void includeAddsTheIncludedProjectsResources() throws IOException {
        write(dir, "db/compose.yaml", """
                services:
                  db:
                    image: postgres:${PG:-16}
                    volumes: [data:/var/lib/postgresql/data]
                volumes:
                  data:
                """);
        write(dir, "db/.env", "PG=15\n");
        write(dir, "compose.yaml", """
                include:
                  - db/compose.yaml
                services:
                  web:
                    image: app:1
                    depends_on: [db]
                """);
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml");
        assertThat(LoadFindings.of(load.problems())).isEmpty();
        ComposeProject p = load.project().orElseThrow();
        assertThat(p.services()).containsOnlyKeys("web", "db");
        assertThat(p.service("db").orElseThrow().image().orElseThrow().value().reference()).isEqualTo("postgres:15");
        assertThat(p.volumes()).containsOnlyKeys("data");
        assertThat(p.includes()).singleElement().satisfies(i -> assertThat(i.found()).isTrue());
        assertThat(fileOf(p.service("db").orElseThrow().name())).isEqualTo("compose.yaml");
        assertThat(p.service("db").orElseThrow().name().file().displayPath()).isEqualTo("db/compose.yaml");
    }

    @Test
    void includeCyclesAreFindings() throws IOException {
        write(dir, "a.yaml", "include: [b.yaml]\nservices:\n  web: {image: a:1}\n");
        write(dir, "b.yaml", "include: [a.yaml]\nservices:\n  web: {image: b:1}\n");
        ComposeLoad load = loadFiles(dir, Map.of(), "a.yaml");
        assertThat(LoadFindings.of(load.problems())).extracting(Loading::render).containsExactly(
                "b.yaml:1:11 SL003 `include` forms a cycle: a.yaml → b.yaml → a.yaml");
    }

    @Test
    void theIncludingFileIsMergedOverAServiceItAlsoIncludes() throws IOException {
        write(dir, "compose.yaml", """
                include: [db.yaml]
                services:
                  db:
                    environment: {POSTGRES_DB: app}
                """);
        write(dir, "db.yaml", """
                services:
                  db:
                    image: postgres:17
                    environment: {POSTGRES_USER: app}
                """);
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml");
        assertThat(LoadFindings.of(load.problems())).isEmpty();
        Service db = load.project().orElseThrow().service("db").orElseThrow();
        assertThat(db.image().orElseThrow().value().reference()).isEqualTo("postgres:17");
        assertThat(db.environment()).extracting(e -> e.name().value()).containsExactlyInAnyOrder("POSTGRES_USER", "POSTGRES_DB");
        assertThat(db.name().origin().start()).isEqualTo(new Position(3, 3));
    }

    @Test
    void aServiceRedeclaredOverAnIncludedOneKeepsWhatOnlyTheIncludedFileSets() throws IOException {
        write(dir, "compose.yaml", "include: [cache.yaml]\nservices:\n  cache:\n    restart: always\n");
        write(dir, "cache.yaml", "services:\n  cache:\n    image: redis:alpine\n    restart: \"no\"\n");
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml");
        assertThat(LoadFindings.of(load.problems())).isEmpty();
        Service cache = load.project().orElseThrow().service("cache").orElseThrow();
        assertThat(fileOf(cache.image().orElseThrow())).isEqualTo("cache.yaml");
        assertThat(cache.image().orElseThrow().origin().start()).isEqualTo(new Position(3, 12));
        assertThat(cache.restart().map(Located::value)).contains("always");
        assertThat(fileOf(cache.restart().orElseThrow())).isEqualTo("compose.yaml");
    }

    @Test
    void aMissingIncludeIsRecorded() throws IOException {
        write(dir, "compose.yaml", "include:\n  - path: [gone.yaml]\nservices:\n  web: {image: a:1}\n");
        ComposeProject p = loadFiles(dir, Map.of(), "compose.yaml").project().orElseThrow();
        assertThat(p.includes()).singleElement().satisfies(i -> {
            assertThat(i.found()).isFalse();
            assertThat(i.path().origin().start()).isEqualTo(new Position(2, 12));
        });
    }

    @Test
    void multipleDocumentsInOneFileMergeInOrder() throws IOException {
        write(dir, "compose.yaml", "services:\n  web: {image: a:1}\n---\nservices:\n  web: {image: a:2}\n  db: {image: b:1}\n");
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml");
        assertThat(LoadFindings.of(load.problems())).isEmpty();
        ComposeProject p = load.project().orElseThrow();
        assertThat(p.services()).containsOnlyKeys("web", "db");
        assertThat(p.service("web").orElseThrow().image().orElseThrow().origin().start().line()).isEqualTo(5);
        assertThat(p.documents()).hasSize(2);
    }

    @Test
    void findingsOfAPairAreReportedInTheFileThatHasTheProblem() throws IOException {
        write(dir, "compose.yaml", "services:\n  web:\n    image: a:1\n");
        write(dir, "compose.override.yaml", "services:\n  web:\n    dependson: [db]\n");
        ComposeLoad load = loadFiles(dir, Map.of(), "compose.yaml", "compose.override.yaml");
        assertThat(LoadFindings.of(load.problems())).extracting(Loading::render).containsExactly(
                "compose.override.yaml:3:5 SL003 `dependson` is not a Compose service key — did you mean `depends_on`?");
        assertThat(render(LoadFindings.of(load.problems()).get(0))).startsWith("compose.override.yaml");
    }
}
