package dev.stacklint.safety;

import dev.stacklint.TestRules;
import dev.stacklint.config.Glob;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.project.Discovery;
import dev.stacklint.rules.data.SecretNames;
import dev.stacklint.rules.data.SecretValue;
import dev.stacklint.source.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pattern that sees user input gets an input made to make a backtracking matcher take exponential or
 * quadratic time; each must answer at once. Expected results are asserted too, so the test checks meaning as well.
 */
class RegexSafetyTest {
    @TempDir
    Path tmp;

    /** {@code a} repeated: the classic input for {@code (a|a)*}-like and {@code *a*a*a}-like patterns. */
    private static String as(int n) {
        return "a".repeat(n);
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void configGlobsWithManyStars() {
        Glob glob = Glob.of("*a*a*a*a*a*a*a*a*a*a*a*a*b");
        Path base = Path.of("/repo").toAbsolutePath();
        assertThat(glob.matches(base, base.resolve(as(200)))).isFalse();
        assertThat(glob.matches(base, base.resolve(as(200) + "b"))).isTrue();
        Glob deep = Glob.of("**/**/**/**/**/**/**/**/x");
        assertThat(deep.matches(base, base.resolve(String.join("/", java.util.Collections.nCopies(60, "d")) + "/y")))
                .isFalse();
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void trustedRegistryWildcards() throws IOException {
        Files.writeString(tmp.resolve(".stacklint.yaml"), "trusted-registries: [\"*a*a*a*a*a*a*a*a*a*a*a*a*b\"]\n");
        Files.writeString(tmp.resolve("Dockerfile"), "FROM " + as(5000) + ".io/app:1.0\n");
        assertThat(codes(lint())).contains("DL3026");
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void dockerignorePatternsWithManyStars() throws IOException {
        Files.writeString(tmp.resolve(".dockerignore"), "*a*a*a*a*a*a*a*a*a*a*a*a*b\n**/**/**/**/**/**/x\n");
        Files.writeString(tmp.resolve(".env"), "A=1\n");
        Files.createDirectories(tmp.resolve(as(200)));
        Files.writeString(tmp.resolve(as(200)).resolve(as(200)), "x\n");
        Files.writeString(tmp.resolve("Dockerfile"), "FROM alpine:3.20\nCOPY . .\nUSER nobody\n");
        assertThat(codes(lint())).contains("SL304"); // .env is not ignored
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void dockerfileSniffingOfALongFirstLine() throws IOException {
        Path file = tmp.resolve("build.txt");
        Files.writeString(file, "FROM " + "--a ".repeat(50_000) + "x y z w\n");
        assertThat(Discovery.kindOfExplicit(file)).isEqualTo(FileKind.OTHER);
        Files.writeString(file, "FROM " + "--platform=linux ".repeat(1000) + "alpine:3.20 AS base\n");
        assertThat(Discovery.kindOfExplicit(file)).isEqualTo(FileKind.DOCKERFILE);
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void secretHeuristicsOnLongValues() {
        String fallbacks = "${A:-".repeat(50_000);
        assertThat(SecretValue.fallback(fallbacks)).isEmpty();
        String url = "postgres://" + "u".repeat(100_000) + ":" + "p".repeat(100_000);
        assertThat(SecretValue.urlPassword(url, url)).isEmpty();
        assertThat(SecretNames.isSecretName("A_".repeat(50_000) + "PASSWORD")).isTrue();
        String longSecret = "x1".repeat(100_000);
        assertThat(SecretValue.of(longSecret, longSecret)).isEqualTo(SecretValue.SECRET);
        String pathLike = "a/".repeat(50_000) + "b";
        assertThat(SecretValue.of(pathLike, pathLike)).isEqualTo(SecretValue.SECRET);
        String dots = "a.".repeat(100_000) + "zz";
        assertThat(SecretValue.of(dots, dots)).isEqualTo(SecretValue.SECRET);
        String placeholderLike = "change ".repeat(30_000) + "x";
        assertThat(SecretValue.of(placeholderLike, placeholderLike)).isEqualTo(SecretValue.SECRET);
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void copyPathsUnderManyUnclosedVariables() throws IOException {
        Files.writeString(tmp.resolve("Dockerfile"), "FROM alpine:3.20\nCOPY a " + "${".repeat(100_000) + "/app\n");
        assertThat(lint().findings()).isNotNull();
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void suppressionCommentsWithManyBlanksAndHashes() throws IOException {
        Files.writeString(tmp.resolve("Dockerfile"), "FROM alpine:3.20\n# hadolint" + " ".repeat(200_000) + "x\n"
                + "#".repeat(200_000) + "\nRUN true\n");
        Files.writeString(tmp.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27 " + " #".repeat(100_000)
                + "\n# stacklint-disable-next-line" + " ,".repeat(100_000) + "\n");
        assertThat(lint().findings()).isNotNull();
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void envFilesWithLongKeysAndValues() throws IOException {
        Files.writeString(tmp.resolve(".env"), " ".repeat(100_000) + "export" + " ".repeat(100_000) + as(100_000)
                + "=" + "'".repeat(100_000) + "\n" + "${".repeat(100_000) + "\n");
        Files.writeString(tmp.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:${" + as(100_000) + "}\n");
        assertThat(lint().findings()).isNotNull();
    }

    private LintResult lint() {
        return TestRules.linter().lint(new LintRequest(List.of(tmp), List.of(), r -> true, Map.of(), tmp));
    }

    private static List<String> codes(LintResult result) {
        return result.findings().stream().map(f -> f.rule().code()).toList();
    }
}
