package dev.stacklint;

import dev.stacklint.project.Discovery;
import dev.stacklint.source.FileKind;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The pre-commit hook runs the launcher on the files stacklint would find in a folder, and on app code. */
class PreCommitHookTest {
    @Test
    void theHookRunsTheLauncherOnComposeFilesDockerfilesAndTheAppCodeTheyRun() throws IOException {
        Path hooks = TestPaths.root().resolve(".pre-commit-hooks.yaml");
        @SuppressWarnings("unchecked")
        Map<String, Object> hook = ((List<Map<String, Object>>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(hooks))).get(0);
        assertThat(hook).containsEntry("id", "stacklint").containsEntry("language", "script")
                .containsEntry("entry", "stacklint").containsEntry("pass_filenames", true);
        assertThat(TestPaths.root().resolve((String) hook.get("entry"))).isExecutable();

        Pattern files = Pattern.compile((String) hook.get("files"));
        Pattern exclude = Pattern.compile((String) hook.get("exclude"));
        for (String path : List.of("docker-compose.yml", "deploy/compose.prod.yaml", "compose.override.yml",
                "Dockerfile", "app/Dockerfile.dev", "web.Dockerfile", "Containerfile", "svc/DOCKERFILE",
                "Dockerfile.dockerignore", ".dockerignore", "app/compose.json", "README.md", "docs/dockerfile-guide.md",
                "my-compose.yml", "composer.json", ".github/workflows/dockerfile.yaml", "Dockerfile.md",
                "docker/Dockerfile.prod.sh", "Dockerfile.j2", "deploy/docker-compose.yml.tpl", "app/api.Dockerfile.j2",
                "settings.py.j2", "deploy/jibri.yml", "docker/prod.yaml", "Dockerfile.json")) {
            String name = Path.of(path).getFileName().toString();
            FileKind kind = Discovery.kindOf(name);
            boolean sniffed = kind == FileKind.OTHER && name.matches("(?i).*\\.ya?ml"); // Compose by its content
            boolean linted = kind == FileKind.COMPOSE || kind == FileKind.DOCKERFILE || kind == FileKind.TEMPLATE || sniffed;
            boolean hooked = files.matcher(path).find() && !exclude.matcher(path).find();
            assertThat(hooked).as("the hook runs on %s", path).isEqualTo(linted);
        }
        // app code and settings the stack rules read: a change to them alone can make a stack finding
        for (String path : List.of("app.py", "web/wsgi.py", "requirements.txt", "requirements-prod.txt",
                "frontend/package.json", "nginx/nginx.conf", "uwsgi.ini", "docker-entrypoint.sh", "gunicorn.conf.py",
                "scripts/boot.sh", "pyproject.toml", "Pipfile", ".env", "deploy/.env.prod", "env/postgres.env")) {
            assertThat(files.matcher(path).find() && !exclude.matcher(path).find()).as("the hook runs on %s", path).isTrue();
        }
    }
}
