package dev.stacklint.cli;

import dev.stacklint.rules.dockerfile.ShellCheckRule;
import dev.stacklint.shellcheck.ShellCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** ShellCheck's codes through the CLI: selecting, ignoring, suppressing them (needs Debian's shellcheck on the PATH). */
class CliShellCheckTest {
    private static final Pattern RULE = Pattern.compile("\"rule\" : \"(\\w+)\"");

    @TempDir
    Path dir;

    @BeforeEach
    void shellcheckIsInstalled() {
        assertThat(ShellCheck.onPath()).as("apt-get install shellcheck (.ci/run installs it)").isPresent();
    }

    private List<String> rules(String dockerfile, String... args) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        List<String> all = new ArrayList<>(List.of("--format=json"));
        all.addAll(Arrays.asList(args));
        all.add(dir.resolve("Dockerfile").toString());
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        List<String> rules = new ArrayList<>();
        Matcher m = RULE.matcher(run.out());
        while (m.find()) {
            if (m.group(1).startsWith("SC")) {
                rules.add(m.group(1));
            }
        }
        return rules;
    }

    private static final String SCRIPT = "FROM debian:12\nRUN echo $(ls) `pwd`\n";

    @Test
    void everyCodeByDefault() throws IOException {
        assertThat(rules(SCRIPT)).containsExactly("SC2046", "SC2006", "SC2046");
    }

    @Test
    void oneCodeIgnoredOrSelected() throws IOException {
        assertThat(rules(SCRIPT, "--ignore=SC2046")).containsExactly("SC2006");
        assertThat(rules(SCRIPT, "--select=SC2006")).containsExactly("SC2006");
        assertThat(rules(SCRIPT, "--ignore=shellcheck")).isEmpty();
    }

    @Test
    void hadolintAndStacklintCommentsSilenceThem() throws IOException {
        assertThat(rules("FROM debian:12\n# hadolint ignore=SC2046,SC2006\nRUN echo $(ls) `pwd`\n"))
                .isEmpty();
        assertThat(rules("FROM debian:12\n# hadolint ignore=SC2046\nRUN echo $(ls) `pwd`\n")).containsExactly("SC2006");
        assertThat(rules("FROM debian:12\n# stacklint ignore=shellcheck\nRUN echo $(ls) `pwd`\n")).isEmpty();
    }

    @Test
    void configurationIgnoresThem() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "ignore:\n  - SC2046\n");
        assertThat(rules(SCRIPT, "--config=" + dir.resolve(".stacklint.yaml"))).containsExactly("SC2006");
    }

    @Test
    void verboseSaysWhichShellCheckRuns() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), SCRIPT);
        CliRun run = CliRun.of("--verbose", dir.resolve("Dockerfile").toString());
        assertThat(run.err()).contains(ShellCheckRule.note(ShellCheck.onPath()));
        assertThat(ShellCheckRule.note(Optional.empty())).contains("not on the PATH").contains("apt-get install shellcheck");
    }
}
