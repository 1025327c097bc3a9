package dev.stacklint.engine;

import dev.stacklint.TestRules;
import dev.stacklint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Files made to hurt the linter: paths that leave the repository, sizes past the limits, many comments. */
class HostileInputTest {
    @TempDir
    Path tmp;

    private LintResult lint(Path dir) {
        return TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), r -> true, Map.of(), dir));
    }

    private static List<String> where(LintResult result, String code) {
        return result.findings().stream().filter(f -> f.rule().code().equals(code))
                .map(f -> f.file().displayPath() + ":" + f.start().line() + ":" + f.start().column()).toList();
    }

    @Test
    void aFileOutsideTheRepositoryIsNeverRead() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        // outside the repository: broken YAML that would be an SL001 finding if it were read
        Files.writeString(tmp.resolve("outside.yaml"), "services: [unclosed\n");
        Files.writeString(repo.resolve("compose.yaml"), """
                include:
                  - ../outside.yaml
                services:
                  web:
                    image: nginx:1.27
                    extends:
                      file: ../outside.yaml
                      service: web
                """);
        LintResult result = lint(repo);
        assertThat(where(result, "SL011")).containsExactly("compose.yaml:2:5", "compose.yaml:7:13");
        assertThat(result.findings()).extracting(f -> f.file().path().getFileName().toString())
                .doesNotContain("outside.yaml");
        assertThat(result.files()).extracting(f -> f.path().getFileName().toString()).containsExactly("compose.yaml");
    }

    @Test
    void aFilePastTheSizeLimitIsOneFindingWhereTheLimitWasCrossed() throws IOException {
        Files.writeString(tmp.resolve(".stacklint.yaml"), "limits:\n  file-bytes: 100\n");
        Files.writeString(tmp.resolve("Dockerfile"), "FROM alpine:3.20\n" + "RUN echo hi\n".repeat(20));
        LintResult result = lint(tmp);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().code()).isEqualTo("SL010");
            assertThat(f.start().line()).isEqualTo(8); // 17 + 6 * 12 = 89 bytes, then byte 100 is on line 8
            assertThat(f.start().column()).isEqualTo(12);
        });
    }

    @Test
    void aLineNotEndedBeforeTheLimitStopsReadingThere() throws IOException {
        Files.writeString(tmp.resolve("compose.yaml"), "services:\n  web:\n    image: \"" + "a".repeat(1_100_000) + "\"\n");
        Finding f = lint(tmp).findings().get(0);
        assertThat(f.rule().code()).isEqualTo("SL010");
        assertThat(f.start().line()).isEqualTo(3);
        assertThat(f.start().column()).isEqualTo(1024 * 1024 + 1);
    }

    @Test
    @Timeout(30)
    void thousandsOfSuppressionsAndFindingsStayLinear() throws IOException {
        // each finding was checked against every comment: 20,000 x 20,000 before the index
        Files.writeString(tmp.resolve("Dockerfile"), "FROM alpine:3.20\n"
                + "# hadolint ignore=DL3018\nRUN apk add --no-cache curl\n".repeat(20_000));
        LintResult result = lint(tmp);
        assertThat(where(result, "DL3018")).isEmpty();
        assertThat(result.suppressed()).isGreaterThanOrEqualTo(20_000);
    }

    @Test
    @Timeout(30)
    void aLongChainOfCopiesFromStagesIsFollowedOnlySoFar() throws IOException {
        // each stage copies /x from the one before into /x/: /x/x may be the file x or the folder's x, one stage
        // back, and so on through 400 stages (of 1,200 instructions each read again)
        StringBuilder dockerfile = new StringBuilder("FROM alpine:3.20 AS s0\nCOPY x /x/x\n");
        for (int i = 1; i <= 400; i++) {
            dockerfile.append("FROM alpine:3.20 AS s").append(i).append('\n')
                    .append(("COPY --from=s" + (i - 1) + " /x /x/\n").repeat(2));
        }
        dockerfile.append("ENTRYPOINT [\"/x/x\"]\n");
        Files.writeString(tmp.resolve("Dockerfile"), dockerfile.toString());
        Files.writeString(tmp.resolve("x"), "#!/bin/sh\nexec su-exec app \"$@\"\n");
        assertThat(where(lint(tmp), "SL103")).containsExactly("Dockerfile:1200:1");
    }

    @Test
    @Timeout(30)
    void aComposeFileWithManyServicesIsReadKeyByKeyInLinearTime() throws IOException {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < 30_000; i++) {
            yaml.append("  s").append(i).append(":\n    image: alpine:3.20\n");
        }
        Files.writeString(tmp.resolve("compose.yaml"), yaml.toString());
        assertThat(where(lint(tmp), "SL001")).isEmpty();
    }
}
