package dev.stacklint.engine;

import dev.stacklint.TestRules;
import dev.stacklint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A Dockerfile named alone learns its named build contexts from the Compose and bake files above it. */
class NamedContextsTest {
    private static final String DOCKERFILE = "FROM base\nCOPY --from=assets /css /srv/css\n";

    @TempDir
    Path dir;

    private List<String> lint(String path) {
        LintResult r = TestRules.linter().lint(new LintRequest(List.of(Path.of(path)), List.of(),
                m -> m.code().equals("DL3022") || m.code().equals("DL3006"), Map.of(), dir));
        return r.findings().stream().map(NamedContextsTest::render).toList();
    }

    private static String render(Finding f) {
        return f.file().displayPath() + ":" + f.start().line() + ":" + f.start().column() + "-" + f.end().line() + ":"
                + f.end().column() + " " + f.rule().code();
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    @Test
    void withoutABuildFileTheNamesAreUnknownStageAndUntaggedImage() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("app/Dockerfile", DOCKERFILE);
        assertThat(lint("app/Dockerfile")).containsExactly("app/Dockerfile:1:6-1:10 DL3006",
                "app/Dockerfile:2:6-2:19 DL3022");
    }

    @Test
    void aComposeFileAboveTheDockerfileNamesItsContexts() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("compose.yaml", "services:\n  app:\n    build:\n      context: app\n      additional_contexts:\n"
                + "        - base=docker-image://python:3.12\n        - assets=./static\n");
        write("app/Dockerfile", DOCKERFILE);
        assertThat(lint("app/Dockerfile")).isEmpty();
    }

    @Test
    void aBakeFileAboveTheDockerfileNamesItsContexts() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("docker-bake.hcl", "target \"app\" {\n  context = \"app\"\n  contexts = {\n    base = \"docker-image://python:3.12\"\n"
                + "    assets = \"./static\"\n  }\n}\n");
        write("app/Dockerfile", DOCKERFILE);
        assertThat(lint("app/Dockerfile")).isEmpty();
    }

    @Test
    void aBakeFileThatCannotBeReadSilencesOnlyTheStageReference() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("docker-bake.hcl", "target \"app\" {\n  context = \"app\n");
        write("app/Dockerfile", DOCKERFILE);
        assertThat(lint("app/Dockerfile")).containsExactly("app/Dockerfile:1:6-1:10 DL3006");
    }
}
