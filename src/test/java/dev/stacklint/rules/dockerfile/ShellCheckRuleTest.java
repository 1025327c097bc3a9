package dev.stacklint.rules.dockerfile;

import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.shellcheck.ShellCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SL140 with the real {@code shellcheck} (Debian's package; {@code .ci/run} installs it, and the suite fails without
 * it rather than skip), and with stand-ins for a program that fails.
 */
class ShellCheckRuleTest {
    @TempDir
    Path dir;

    static ShellCheck installed() {
        return ShellCheck.onPath().orElseThrow(() -> new AssertionError(
                "these tests need ShellCheck on the PATH: apt-get install shellcheck (.ci/run installs it)"));
    }

    private List<String> lint(ShellCheckRule rule, String dockerfile) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        LintResult result = TestRules.linter(List.of(rule)).lint(new LintRequest(List.of(dir), List.of(), r -> true, Map.of(), dir));
        return result.findings().stream().map(ShellCheckRuleTest::render).toList();
    }

    private static String render(Finding f) {
        return f.start().line() + ":" + f.start().column() + "-" + f.end().line() + ":" + f.end().column() + " "
                + f.rule().code() + " " + f.severity().label();
    }

    @Test
    void reportsShellChecksCodesAtTheWordOnContinuationLines() throws IOException {
        ShellCheck shellcheck = installed();
        List<String> found = lint(new ShellCheckRule(() -> Optional.of(shellcheck)), """
                FROM debian:12
                ARG VERSION=1
                RUN apt-get update && \\
                    echo $VERSION $undefined `ls`
                RUN ["echo", "$exec_form"]
                """);
        assertThat(found).containsExactly(
                "4:19-4:29 SC2086 info",
                "4:19-4:29 SC2154 warning",
                "4:30-4:34 SC2006 style",
                "4:30-4:34 SC2046 warning");
    }

    @Test
    void quietOnACleanScript() throws IOException {
        ShellCheck shellcheck = installed();
        assertThat(lint(new ShellCheckRule(() -> Optional.of(shellcheck)), """
                FROM debian:12
                ENV APP_HOME=/app
                RUN mkdir -p "$APP_HOME" && echo "$HTTP_PROXY"
                """)).isEmpty();
    }

    @Test
    void withoutTheProgramNothingIsReported() throws IOException {
        assertThat(lint(new ShellCheckRule(Optional::empty), "FROM debian:12\nRUN echo `ls` $undefined\n")).isEmpty();
    }

    @Test
    void aProgramThatFailsIsAnInternalErrorNotACrash() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fake = Files.writeString(bin.resolve("shellcheck"), "#!/bin/sh\necho 'not json'\nexit 3\n");
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nRUN echo hi\n");
        LintResult result = TestRules.linter(List.of(new ShellCheckRule(() -> Optional.of(new ShellCheck(fake)))))
                .lint(new LintRequest(List.of(dir.resolve("Dockerfile")), List.of(), r -> true, Map.of(), dir));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ParseRules.INTERNAL_ERROR.meta());
            assertThat(f.message()).contains("SL140").contains("exit code 3");
        });
    }

    @Test
    void outputThatIsNotJson1IsAnInternalError() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin2"));
        Path fake = Files.writeString(bin.resolve("shellcheck"), "#!/bin/sh\necho '{\"unexpected\": 1}'\nexit 1\n");
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nRUN echo hi\n");
        LintResult result = TestRules.linter(List.of(new ShellCheckRule(() -> Optional.of(new ShellCheck(fake)))))
                .lint(new LintRequest(List.of(dir.resolve("Dockerfile")), List.of(), r -> true, Map.of(), dir));
        assertThat(result.findings()).singleElement().satisfies(f ->
                assertThat(f.message()).contains("no comments array"));
    }

    @Test
    void manyDockerfilesShareOneProcessAndAnIdenticalScriptIsCheckedOnce() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin3"));
        Path log = dir.resolve("calls.log");
        // a stand-in that logs the scripts it is given and reports SC2086 on the first line of each script
        Path fake = Files.writeString(bin.resolve("shellcheck"), """
                #!/bin/sh
                while [ "$1" != "--" ]; do shift; done; shift
                echo "$#" >> '%s'
                printf '{"comments":['
                sep=''
                for f in "$@"; do
                  printf '%%s{"file":"%%s","line":1,"endLine":1,"column":1,"endColumn":2,"level":"info","code":2086,"message":"m"}' "$sep" "$f"
                  sep=','
                done
                echo ']}'
                exit 1
                """.formatted(log));
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        for (String name : List.of("a", "b", "c")) {
            Files.createDirectories(dir.resolve(name));
            Files.writeString(dir.resolve(name).resolve("Dockerfile"), "FROM debian:12\nRUN echo hi\n"
                    + (name.equals("c") ? "RUN echo other\n" : ""));
        }
        ShellCheck shellcheck = new ShellCheck(fake); // one program, as ShellCheck.onPath() gives it
        LintResult result = TestRules.linter(List.of(new ShellCheckRule(() -> Optional.of(shellcheck))))
                .lint(new LintRequest(List.of(dir.resolve("a"), dir.resolve("b"), dir.resolve("c")), List.of(),
                        r -> true, Map.of(), dir));
        // two distinct scripts in one process, not four scripts in three
        assertThat(Files.readAllLines(log)).containsExactly("2");
        assertThat(result.findings()).extracting(f -> dir.relativize(f.file().path()) + ":" + f.start().line() + ":"
                        + f.start().column() + " " + f.rule().code())
                .containsExactlyInAnyOrder("a/Dockerfile:2:5 SC2086", "b/Dockerfile:2:5 SC2086",
                        "c/Dockerfile:2:5 SC2086", "c/Dockerfile:3:5 SC2086");
    }
}
