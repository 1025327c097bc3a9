package dev.stacklint.engine;

import dev.stacklint.TestRules;
import dev.stacklint.rule.Finding;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files named one by one (as pre-commit passes them) bring their stack along for context, but only their own
 * findings are reported unless --all-related. SL006 stands in for any rule: it fires on a stale comment.
 */
class LinterContextTest {
    private static final String STALE = "services:\n  web:\n    # stacklint-disable-next-line SL002\n    image: nginx\n";

    @TempDir
    Path dir;

    private LintResult lint(boolean allRelated, Path... paths) {
        return TestRules.linter().lint(new LintRequest(List.of(paths), List.of(), r -> r.code().equals("SL006"), Map.of(), dir)
                .withAllRelated(allRelated));
    }

    private static List<String> where(LintResult r) {
        return r.findings().stream().map(Finding::file).map(SourceFile::displayPath).toList();
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    @Test
    void aNamedDockerfileReadsTheComposeFilesAboveItButReportsOnlyItself() throws IOException {
        write("compose.yaml", STALE); // above the repository: never read
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/compose.yaml", STALE);
        write("repo/compose.override.yaml", STALE);
        write("repo/app/Dockerfile", "FROM python:3.12-slim\n");

        LintResult only = lint(false, Path.of("repo/app/Dockerfile"));
        assertThat(where(only)).isEmpty();
        assertThat(only.files()).extracting(SourceFile::displayPath).containsExactly("repo/app/Dockerfile");

        LintResult all = lint(true, Path.of("repo/app/Dockerfile"));
        assertThat(where(all)).containsExactly("repo/compose.override.yaml", "repo/compose.yaml");
        assertThat(all.files()).extracting(SourceFile::displayPath)
                .containsExactly("repo/app/Dockerfile", "repo/compose.override.yaml", "repo/compose.yaml");
    }

    @Test
    void aNamedOverrideFileIsLoadedWithItsBaseFile() throws IOException {
        write("docker-compose.yml", STALE);
        write("docker-compose.override.yml", STALE);
        assertThat(where(lint(false, Path.of("docker-compose.override.yml")))).containsExactly("docker-compose.override.yml");
        assertThat(where(lint(true, Path.of("docker-compose.override.yml"))))
                .containsExactly("docker-compose.override.yml", "docker-compose.yml");
    }

    @Test
    void anotherComposeFileStandsAlone() throws IOException {
        write("compose.yaml", STALE);
        write("compose.prod.yaml", STALE);
        assertThat(where(lint(true, Path.of("compose.prod.yaml")))).containsExactly("compose.prod.yaml");
    }

    @Test
    void everythingUnderANamedFolderIsGiven() throws IOException {
        write("svc/compose.yaml", STALE);
        write("compose.yaml", STALE);
        assertThat(where(lint(false, Path.of("svc")))).containsExactly("svc/compose.yaml");
    }

    @Test
    void stackRulesSeeTheWholeStackWhenOneFileIsNamed() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("compose.yaml", "services:\n  web:\n    build: .\n    ports: [\"8000:8000\"]\n");
        write("Dockerfile", "FROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:5000\", \"app:app\"]\n");
        write("app.py", "from flask import Flask\napp = Flask(__name__)\n");
        LintRequest request = new LintRequest(List.of(Path.of("Dockerfile")), List.of(),
                r -> r.code().equals("SL303"), Map.of(), dir);
        assertThat(where(TestRules.linter().lint(request))).as("the mismatch is reported in compose.yaml, not given").isEmpty();
        assertThat(TestRules.linter().lint(request.withAllRelated(true)).findings())
                .extracting(f -> f.file().displayPath() + ":" + f.start().line() + ":" + f.start().column() + " " + f.rule().code())
                .containsExactly("compose.yaml:4:19 SL303");
        assertThat(where(TestRules.linter().lint(new LintRequest(List.of(Path.of("compose.yaml")), List.of(),
                r -> r.code().equals("SL303"), Map.of(), dir)))).containsExactly("compose.yaml");
    }
}
