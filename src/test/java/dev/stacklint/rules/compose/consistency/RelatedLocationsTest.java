package dev.stacklint.rules.compose.consistency;

import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.RelatedLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A duplicate points at its first occurrence, a cycle at the other dependencies in it (SARIF relatedLocations). */
class RelatedLocationsTest {

    @TempDir
    Path dir;

    private List<String> lint(Set<String> codes) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  a:
                    image: nginx:1.27
                    container_name: web
                    ports: ["8080:80"]
                    volumes: ["./a:/data", "./b:/data"]
                    depends_on: [b]
                  b:
                    image: nginx:1.27
                    container_name: web
                    ports: ["8080:80"]
                    depends_on: [c]
                  c:
                    image: nginx:1.27
                    depends_on: [a]
                    image: nginx:1.28
                """);
        return TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), r -> codes.contains(r.code()),
                Map.of(), dir)).findings().stream().map(RelatedLocationsTest::render).toList();
    }

    private static String render(Finding f) {
        StringBuilder s = new StringBuilder(f.rule().code() + " " + f.start().line() + ":" + f.start().column());
        for (RelatedLocation r : f.related()) {
            s.append(" -> ").append(r.start().line()).append(":").append(r.start().column()).append(" ")
                    .append(r.message());
        }
        return s.toString();
    }

    @Test
    void duplicatesPointAtTheFirstOccurrence() throws IOException {
        assertThat(lint(Set.of("SL002", "SL213", "SL215", "SL216"))).containsExactly(
                "SL216 6:33 -> 6:20 a bind mount mounted on /data first",
                "SL213 10:21 -> 4:21 `a` takes the name first",
                "SL215 11:14 -> 5:14 `a` publishes it first",
                "SL002 16:5 -> 14:5 first defined here");
    }

    @Test
    void aCyclePointsAtTheOtherDependencies() throws IOException {
        assertThat(lint(Set.of("SL210"))).containsExactly(
                "SL210 15:18 -> 7:18 `a` depends on `b` -> 12:18 `b` depends on `c`");
    }
}
