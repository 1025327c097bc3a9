package dev.stacklint.project;

import dev.stacklint.compose.ComposeLoader;
import dev.stacklint.compose.ComposeProject;
import dev.stacklint.project.command.EnvVar;
import dev.stacklint.project.command.Launch;
import dev.stacklint.project.command.Listen;
import dev.stacklint.project.command.Server;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StackLinkerTest {
    @TempDir
    Path dir;

    private final StackLinker linker = new StackLinker(EnvironmentPolicy.BY_NAME,
            p -> read(p).map(DockerfileParser::parse), StackLinkerTest::read);

    private static Optional<SourceFile> read(Path p) {
        try {
            return Optional.of(SourceFile.read(p, p.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void write(String path, String text) {
        try {
            Path p = dir.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stack compose(String... names) {
        List<SourceFile> files = java.util.Arrays.stream(names).map(n -> read(dir.resolve(n)).orElseThrow()).toList();
        ComposeProject project = ComposeLoader.load(files, Map.of()).project().orElseThrow();
        return linker.link(project);
    }

    private static Container container(Stack s, String name) {
        return s.containers().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Launch launch(Container c) {
        assertThat(c.command().launches()).hasSize(1);
        return c.command().launches().get(0);
    }

    private static String text(dev.stacklint.source.Origin o) {
        return o.file().slice(o.span());
    }

    @Test
    void targetStageChainAndEffectiveCommand() {
        write("compose.yaml", """
                services:
                  web:
                    build:
                      context: ./backend
                      dockerfile: docker/Dockerfile
                      target: runtime
                    environment:
                      PORT: "9000"
                """);
        write("backend/docker/Dockerfile", """
                FROM python:3.12-slim AS base
                ENV FLASK_RUN_HOST=0.0.0.0
                WORKDIR /srv
                ENTRYPOINT ["/srv/entrypoint.sh"]

                FROM base AS runtime
                COPY . .
                CMD ["gunicorn", "app:app"]

                FROM base AS dev
                CMD ["flask", "run", "--debug"]
                """);
        write("backend/entrypoint.sh", "#!/bin/sh\nset -e\nexec \"$@\"\n");
        Container web = container(compose("compose.yaml"), "web");
        assertThat(web.image()).isPresent();
        assertThat(web.image().get().chain()).extracting(s -> s.name().orElse("")).containsExactly("base", "runtime");
        assertThat(web.variables()).containsKeys("FLASK_RUN_HOST", "PORT");
        Launch l = launch(web);
        assertThat(l.server()).isEqualTo(Server.GUNICORN);
        // PORT from compose makes gunicorn's default bind public
        assertThat(l.listens()).extracting(Listen::display).containsExactly("0.0.0.0:9000");
        // nothing says production or development: a plain compose.yaml
        assertThat(web.environment()).isEqualTo(Environment.UNKNOWN);
    }

    @Test
    void composeCommandAndEntrypointOverrideTheImage() {
        write("compose.yaml", """
                services:
                  cmd:
                    build: .
                    command: flask run --host 0.0.0.0
                  entry:
                    build: .
                    entrypoint: ["uvicorn", "main:app"]
                """);
        write("Dockerfile", "FROM python:3.12-slim\nENTRYPOINT [\"python\", \"-m\"]\nCMD [\"gunicorn\", \"app:app\"]\n");
        Stack s = compose("compose.yaml");
        // compose command replaces CMD and keeps the image's ENTRYPOINT: python -m flask run
        Launch cmd = launch(container(s, "cmd"));
        assertThat(cmd.server()).isEqualTo(Server.FLASK_RUN);
        assertThat(text(cmd.listens().get(0).origin())).isEqualTo("0.0.0.0");
        // compose entrypoint replaces ENTRYPOINT and clears the image's CMD
        assertThat(launch(container(s, "entry")).server()).isEqualTo(Server.UVICORN);
    }

    @Test
    void filesComeFromBindMountsAndCopies() {
        write("compose.yaml", """
                services:
                  web:
                    build: .
                    volumes:
                      - ./src:/app/src
                """);
        write("Dockerfile", """
                FROM python:3.12-slim
                WORKDIR /app
                COPY gunicorn.conf.py ./
                COPY conf/ ./conf/
                CMD ["python", "src/run.py"]
                """);
        write("gunicorn.conf.py", "bind = '0.0.0.0:8000'\n");
        write("conf/settings.py", "X = 1\n");
        write("src/run.py", "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', port=8080)\n");
        Container web = container(compose("compose.yaml"), "web");
        Launch l = launch(web);
        assertThat(l.server()).isEqualTo(Server.FLASK_SCRIPT);
        assertThat(l.listens()).extracting(Listen::display).containsExactly("0.0.0.0:8080");
        assertThat(l.listens().get(0).origin().file().path()).isEqualTo(dir.resolve("src/run.py"));
    }

    @Test
    void copiedFilesRespectTheDockerignoreAndOwnWorkdirs() {
        write("Dockerfile", "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]\n");
        write("gunicorn.conf.py", "bind = '0.0.0.0:8000'\n");
        write(".dockerignore", "gunicorn.conf.py\n");
        Stack s = linker.lone(DockerfileParser.parse(read(dir.resolve("Dockerfile")).orElseThrow()),
                dev.stacklint.dockerfile.Builds.ALONE);
        // the config file stays out of the image, so gunicorn binds its default
        assertThat(launch(s.containers().get(0)).listens()).extracting(Listen::display)
                .containsExactly("127.0.0.1:8000");
    }

    @Test
    void unknownBaseImageLeavesFilesUnknown() {
        write("Dockerfile", "FROM example/base:1\nWORKDIR /app\nCMD [\"gunicorn\", \"app:app\"]\n");
        Stack s = linker.lone(DockerfileParser.parse(read(dir.resolve("Dockerfile")).orElseThrow()),
                dev.stacklint.dockerfile.Builds.ALONE);
        Launch l = launch(s.containers().get(0));
        assertThat(l.listensKnown()).isFalse();
        assertThat(l.listens().get(0).loopbackOnly()).isFalse();
    }

    @Test
    void interpolatedComposeValuesAreUnknown() {
        write("compose.yaml", "services:\n  web:\n    build: .\n    environment:\n      FLASK_RUN_HOST: ${HOST}\n");
        write("Dockerfile", "FROM python:3.12-slim\nCMD [\"flask\", \"run\"]\n");
        Container web = container(compose("compose.yaml"), "web");
        assertThat(web.variables().get("FLASK_RUN_HOST").value()).isEmpty();
        assertThat(launch(web).listens().get(0).loopbackOnly()).isFalse();
    }

    @Test
    void envFileMakesVariablesUnknown() {
        write("compose.yaml", "services:\n  web:\n    build: .\n    env_file: app.env\n");
        write("app.env", "FLASK_RUN_HOST=0.0.0.0\n");
        write("Dockerfile", "FROM python:3.12-slim\nENV FLASK_DEBUG=0\nCMD [\"flask\", \"run\"]\n");
        Container web = container(compose("compose.yaml"), "web");
        assertThat(web.variables().get("FLASK_DEBUG")).extracting(EnvVar::value).isEqualTo(Optional.empty());
        assertThat(launch(web).listens().get(0).host()).isEmpty();
    }

    @Test
    void developmentByFileProfileTargetAndDockerfileName() {
        write("compose.yaml", """
                services:
                  prod:
                    build: .
                  profiled:
                    build: .
                    profiles: [debug]
                  targeted:
                    build:
                      context: .
                      target: dev
                  named:
                    build:
                      context: .
                      dockerfile: Dockerfile.dev
                """);
        write("compose.override.yaml", "services:\n  extra:\n    image: python:3.12\n");
        write("Dockerfile", "FROM python:3.12-slim AS dev\nFROM dev AS prod\n");
        write("Dockerfile.dev", "FROM python:3.12-slim\n");
        Stack s = compose("compose.yaml", "compose.override.yaml");
        assertThat(container(s, "prod").environment()).isEqualTo(Environment.UNKNOWN);
        assertThat(container(s, "profiled").environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(container(s, "targeted").environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(container(s, "named").environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(container(s, "extra").environment()).isEqualTo(Environment.DEVELOPMENT);
        EnvironmentPolicy forced = new EnvironmentPolicy(Optional.of(Environment.PRODUCTION), List.of());
        assertThat(forced.of(dir.resolve("compose.override.yaml"))).isEqualTo(Environment.PRODUCTION);
        EnvironmentPolicy configured = new EnvironmentPolicy(Optional.empty(),
                List.of(new EnvironmentPolicy.Pattern("deploy/*.yaml", Environment.PRODUCTION)));
        assertThat(configured.of(dir.resolve("deploy/compose.dev.yaml"))).isEqualTo(Environment.PRODUCTION);
        assertThat(configured.of(dir.resolve("compose.dev.yaml"))).isEqualTo(Environment.DEVELOPMENT);
    }

    @Test
    void buildProblemsAndDockerfilesNamed() {
        write("compose.yaml", """
                services:
                  a:
                    build: ./missing
                  b:
                    build:
                      context: .
                      dockerfile: nope.Dockerfile
                  c:
                    build:
                      context: .
                      target: release
                """);
        write("Dockerfile", "FROM python:3.12-slim AS base\n");
        Stack s = compose("compose.yaml");
        assertThat(s.buildProblems()).extracting(p -> text(p.at()))
                .containsExactly("./missing", "nope.Dockerfile", "release");
        assertThat(s.dockerfiles()).contains(dir.resolve("Dockerfile"), dir.resolve("nope.Dockerfile"));
    }

    @Test
    void aNeutralComposeFileIsDevelopmentWhenItsSiblingsOrContentSaySo() {
        write("docker-compose.yml", "services:\n  web:\n    build: .\n");
        write("docker-compose.prod.yml", "services:\n  web:\n    build: .\n");
        write("Dockerfile", "FROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n");
        assertThat(container(compose("docker-compose.yml"), "web").environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(container(compose("docker-compose.prod.yml"), "web").environment())
                .isEqualTo(Environment.PRODUCTION);
        // configuration and --env win over the sibling
        EnvironmentPolicy configured = new EnvironmentPolicy(Optional.empty(),
                List.of(new EnvironmentPolicy.Pattern("docker-compose.yml", Environment.PRODUCTION)));
        StackLinker configuredLinker = new StackLinker(configured, p -> read(p).map(DockerfileParser::parse),
                StackLinkerTest::read);
        ComposeProject base = ComposeLoader.load(List.of(read(dir.resolve("docker-compose.yml")).orElseThrow()),
                Map.of()).project().orElseThrow();
        assertThat(container(configuredLinker.link(base), "web").environment()).isEqualTo(Environment.PRODUCTION);
        StackLinker forcedLinker = new StackLinker(new EnvironmentPolicy(Optional.of(Environment.PRODUCTION),
                List.of()), p -> read(p).map(DockerfileParser::parse), StackLinkerTest::read);
        assertThat(container(forcedLinker.link(base), "web").environment()).isEqualTo(Environment.PRODUCTION);
        // a production overlay (`-f docker-compose.yml -f docker-compose.prod.yml`) shares the base with production
        write("docker-compose.prod.yml", "services:\n  web:\n    command: yarn start\n");
        assertThat(container(compose("docker-compose.yml"), "web").environment()).isEqualTo(Environment.UNKNOWN);
    }

    @Test
    void developmentTellsInTheFile() {
        String[] tells = {
                "    env_file: [.env.dev]\n",
                "    env_file:\n      - path: ./.envs/.local/.django\n",
                "    environment:\n      NODE_ENV: development\n",
                "    environment:\n      - DJANGO_SETTINGS_MODULE=bakerydemo.settings.dev\n",
                "    command: python manage.py runserver 0.0.0.0:8000\n",
                "    command: nodemon --debug server.js\n",
                "    command: flask run --host 0.0.0.0 --debug\n",
                "    command: uvicorn app:app --host 0.0.0.0 --reload\n    volumes: [./:/app]\n",
        };
        write("Dockerfile", "FROM python:3.12-slim\n");
        for (String tell : tells) {
            write("compose.yaml", "services:\n  web:\n    build: .\n" + tell);
            assertThat(container(compose("compose.yaml"), "web").environment()).as(tell)
                    .isEqualTo(Environment.DEVELOPMENT);
        }
        write("compose.yaml", "# This configuration file is for the **development** setup.\nservices:\n  web:\n"
                + "    build: .\n");
        assertThat(container(compose("compose.yaml"), "web").environment()).isEqualTo(Environment.DEVELOPMENT);
        // a later paragraph of the header is about something else
        write("compose.yaml", "# Self-hosting preset.\n#\n# - just-backend: all but the webapp, for local development\n"
                + "services:\n  web:\n    build: .\n");
        assertThat(container(compose("compose.yaml"), "web").environment()).isEqualTo(Environment.UNKNOWN);
        // --reload without the source mounted, a production env_file, an unrelated comment: nothing said
        write("compose.yaml", "# Run with docker compose up -d\nservices:\n  web:\n    build: .\n"
                + "    command: uvicorn app:app --reload\n    env_file: [.env.production]\n"
                + "    environment:\n      NODE_ENV: production\n");
        assertThat(container(compose("compose.yaml"), "web").environment()).isEqualTo(Environment.UNKNOWN);
    }

    @Test
    void aDockerfileBesideAProductionOneIsDevelopment() {
        write("Dockerfile", "FROM python:3.12-slim\nCMD [\"flask\", \"run\"]\n");
        write("Dockerfile.prod", "FROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n");
        write("compose.yaml", "services:\n  web:\n    build: .\n");
        assertThat(container(compose("compose.yaml"), "web").environment()).isEqualTo(Environment.DEVELOPMENT);
    }
}
