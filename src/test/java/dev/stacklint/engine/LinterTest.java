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

class LinterTest {
    @TempDir
    Path dir;

    @Test
    void aFileExtendedByTwoProjectsIsReportedOnce() throws IOException {
        Files.writeString(dir.resolve("base.yaml"), "services:\n  base:\n    image: nginx\n");
        for (String name : List.of("compose.yaml", "compose.prod.yaml")) {
            Files.writeString(dir.resolve(name),
                    "services:\n  web:\n    extends:\n      file: base.yaml\n      service: base\n");
        }
        LintResult result = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(),
                r -> r.code().equals("SL206"), Map.of(), dir));
        assertThat(result.findings()).extracting(f -> f.file().displayPath(), f -> f.start().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("base.yaml", 3));
    }

    @Test
    void aBrokenDockerfileIsReportedAndTheGoodOneStillLinted() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/Dockerfile"), "FROM python:3.12\nRUNN echo hi\n");
        Files.writeString(dir.resolve("b/Dockerfile"), "FROM python\n");
        LintResult result = TestRules.linter().lint(LintRequest.of(List.of(dir), dir));
        assertThat(result.files()).extracting(f -> f.displayPath()).containsExactly("a/Dockerfile", "b/Dockerfile");
        assertThat(result.findings()).extracting(f -> f.rule().code(), f -> f.file().displayPath(), Finding::start)
                .contains(org.assertj.core.groups.Tuple.tuple("SL004", "a/Dockerfile", new dev.stacklint.source.Position(2, 1)),
                        org.assertj.core.groups.Tuple.tuple("DL3006", "b/Dockerfile", new dev.stacklint.source.Position(1, 6)));
    }

    @Test
    void anAppFileNamedAloneIsCheckedThroughItsStackAndNotParsedAsADockerfile() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nEXPOSE 5000\nCMD [\"python\", \"app.py\"]\n");
        Files.writeString(dir.resolve("app.py"), "from flask import Flask\napp = Flask(__name__)\napp.run(port=5000)\n");
        LintResult result = TestRules.linter().lint(LintRequest.of(List.of(dir.resolve("app.py")), dir));
        assertThat(result.files()).extracting(f -> f.displayPath()).containsExactly("app.py");
        assertThat(result.findings()).extracting(f -> f.rule().code(), f -> f.file().displayPath(), Finding::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SL301", "app.py", new dev.stacklint.source.Position(3, 1)));
    }

    @Test
    void aBinaryFileNamedDockerfileIsOneFinding() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Files.write(dir.resolve("Dockerfile"), bytes);
        LintResult result = TestRules.linter().lint(LintRequest.of(List.of(dir), dir));
        assertThat(result.findings()).extracting(f -> f.rule().code(), Finding::start, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SL007", new dev.stacklint.source.Position(1, 11),
                        "NUL byte (0x00): this is a binary file, not text"));
    }

    @Test
    void syntaxErrorsAreCappedPerFile() throws IOException {
        StringBuilder text = new StringBuilder("FROM python:3.12-slim\n");
        for (int i = 0; i < 30; i++) {
            text.append("BOGUS ").append(i).append('\n');
        }
        Files.writeString(dir.resolve("Dockerfile"), text);
        LintResult result = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(),
                r -> r.code().equals("SL004"), Map.of(), dir));
        assertThat(result.findings()).hasSize(Linter.MAX_SYNTAX_ERRORS + 1);
        assertThat(result.findings().get(Linter.MAX_SYNTAX_ERRORS).start().line()).isEqualTo(Linter.MAX_SYNTAX_ERRORS + 2);
        assertThat(result.findings().get(Linter.MAX_SYNTAX_ERRORS).message())
                .isEqualTo("10 more syntax errors from here on are not shown; is this file a Dockerfile?");
    }
}
