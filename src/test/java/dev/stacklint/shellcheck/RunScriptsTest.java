package dev.stacklint.shellcheck;

import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which RUNs ShellCheck is given, with which shell and variables, and how its positions map back. */
class RunScriptsTest {
    private static List<ShellScript> scripts(String dockerfile) {
        return RunScripts.of(DockerfileParser.parse(SourceFile.of("Dockerfile", dockerfile)));
    }

    @Test
    void shellFormRunsWithTheStageShellAndTheVariablesInScope() {
        List<ShellScript> s = scripts("""
                ARG GLOBAL=1
                FROM debian:12 AS base
                ARG VERSION=2
                ENV APP_HOME=/app
                RUN echo $VERSION
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                RUN echo $APP_HOME
                RUN ["echo", "exec form is not a script"]
                FROM base
                RUN echo inherits bash and APP_HOME
                FROM debian:12
                RUN echo back to sh
                """);
        assertThat(s).extracting(ShellScript::shell).containsExactly("/bin/sh", "/bin/bash", "/bin/bash", "/bin/sh");
        assertThat(s.get(0).names()).contains("VERSION", "APP_HOME", "HTTP_PROXY").doesNotContain("GLOBAL");
        assertThat(s.get(2).names()).contains("APP_HOME").doesNotContain("VERSION");
        assertThat(s.get(3).names()).doesNotContain("APP_HOME");
        assertThat(s.get(0).text()).startsWith("#!/bin/sh\n").contains("export VERSION=1\n").endsWith("echo $VERSION\n");
    }

    @Test
    void otherShellsPragmasAndHeredocsAreLeftAlone() {
        assertThat(scripts("""
                FROM mcr.microsoft.com/powershell
                SHELL ["pwsh", "-Command"]
                RUN Write-Host $env:PATH
                """)).isEmpty();
        assertThat(scripts("""
                # hadolint shell=powershell
                FROM mcr.microsoft.com/windows/servercore
                RUN Write-Host hello
                """)).isEmpty();
        assertThat(scripts("""
                FROM debian:12
                RUN <<EOF
                echo $x
                EOF
                """)).isEmpty();
        assertThat(scripts("""
                FROM alpine:3
                SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
                RUN echo read as sh
                """)).extracting(ShellScript::shell).containsExactly("/bin/sh");
    }

    @Test
    void aColumnOnTheCommandLineMapsToTheFileAcrossContinuations() {
        String text = "FROM debian:12\nRUN apt-get update && \\\n    echo $x\n";
        ShellScript s = scripts(text).get(0);
        int line = s.firstCommandLine();
        // `$x` is at column 34 of the joined command line: "apt-get update &&  " + the continuation's blanks
        int col = s.command().text().indexOf("$x") + 1;
        assertThat(text.substring(s.offset(line, col), s.offset(line, col + 2))).isEqualTo("$x");
        // a position in the prefix (shebang, exports) maps to the start of the command
        assertThat(s.offset(1, 1)).isEqualTo(text.indexOf("apt-get"));
    }
}
