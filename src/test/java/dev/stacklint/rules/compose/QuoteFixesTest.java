package dev.stacklint.rules.compose;

import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.rule.Edits;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Fix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SL272 and SL273 fix what they can byte-safely, and the fixed file is quiet. */
class QuoteFixesTest {
    @TempDir
    Path dir;

    private List<Finding> lint(String code, String compose) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), compose);
        LintResult r = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), rule -> rule.code().equals(code),
                Map.of(), dir).withConfig(TestRules.selecting(code, dir)));
        return r.findings();
    }

    /** The file with every fix applied; {@code fixes} is how many findings offered one. */
    private String fixed(String code, String compose, int fixes) throws IOException {
        List<Finding> findings = lint(code, compose);
        List<Fix> offered = findings.stream().map(Finding::fix).filter(f -> f != null).toList();
        assertThat(offered).hasSize(fixes).allSatisfy(f -> assertThat(f.safety()).isEqualTo(Fix.Safety.SAFE));
        return Edits.apply(compose, offered.stream().flatMap(f -> f.edits().stream()).toList());
    }

    @Test
    void portsGetQuotesAndNothingElseChanges() throws IOException {
        String compose = """
                services:
                  web:
                    image: nginx:1.27
                    ports:
                      - 8080:80   # the app
                      - "8443:443"
                      - 127.0.0.1:9000:9000/udp
                    expose: [3000, '3001']
                """;
        String after = fixed("SL272", compose, 3);
        assertThat(after).isEqualTo("""
                services:
                  web:
                    image: nginx:1.27
                    ports:
                      - "8080:80"   # the app
                      - "8443:443"
                      - "127.0.0.1:9000:9000/udp"
                    expose: ["3000", '3001']
                """);
        assertThat(lint("SL272", after)).isEmpty();
    }

    @Test
    void volumesLoseTheirQuotesOnlyWhenThePlainTextMeansTheSame() throws IOException {
        String compose = """
                services:
                  app:
                    image: example/app:1.0
                    volumes:
                      - "./data:/data"
                      - '${CONF_DIR:-./conf}:/etc/app:ro'
                      - "./my dir:/data/x"
                      - "C:\\\\data:/win"
                      - "./a: b:/c"
                      - "#cache:/cache"
                    configs: []
                  worker:
                    image: example/app:1.0
                    volumes: ["./src:/src", "${SRC}:/x"]
                """;
        String after = fixed("SL273", compose, 4);
        assertThat(after).isEqualTo("""
                services:
                  app:
                    image: example/app:1.0
                    volumes:
                      - ./data:/data
                      - ${CONF_DIR:-./conf}:/etc/app:ro
                      - ./my dir:/data/x
                      - "C:\\\\data:/win"
                      - "./a: b:/c"
                      - "#cache:/cache"
                    configs: []
                  worker:
                    image: example/app:1.0
                    volumes: [./src:/src, "${SRC}:/x"]
                """);
        assertThat(lint("SL273", after)).extracting(f -> f.start().line()).containsExactly(8, 9, 10, 14);
    }
}
