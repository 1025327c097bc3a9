package dev.stacklint.compose;

import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.engine.LoadFindings;
import dev.stacklint.rule.Finding;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DotEnvTest {
    private final Problems problems = new Problems();

    private Map<String, String> parse(String text, Map<String, String> env) {
        return DotEnv.parse(new SourceFile(Path.of("/p/.env"), ".env", text), env, problems);
    }

    @Test
    void readsTheSyntaxComposeAccepts() {
        Map<String, String> vars = parse("""
                # a comment
                PLAIN=value
                SPACED = spaced value  \s
                export EXPORTED=yes
                EMPTY=
                SINGLE='no $EXPANSION \\n here'
                DOUBLE="line1\\nline2 \\"quoted\\" \\$literal"
                INLINE=value # comment
                HASH=a#b
                REF=${PLAIN}-x
                DEFAULTED=${MISSING:-fallback}
                COLON: colon-separated
                MULTI="first
                second"
                FROM_ENV
                """, Map.of("FROM_ENV", "shell"));
        assertThat(vars).containsEntry("PLAIN", "value")
                .containsEntry("SPACED", "spaced value")
                .containsEntry("EXPORTED", "yes")
                .containsEntry("EMPTY", "")
                .containsEntry("SINGLE", "no $EXPANSION \\n here")
                .containsEntry("DOUBLE", "line1\nline2 \"quoted\" $literal")
                .containsEntry("INLINE", "value")
                .containsEntry("HASH", "a#b")
                .containsEntry("REF", "value-x")
                .containsEntry("DEFAULTED", "fallback")
                .containsEntry("COLON", "colon-separated")
                .containsEntry("MULTI", "first\nsecond")
                .containsEntry("FROM_ENV", "shell");
        assertThat(LoadFindings.of(problems.all())).isEmpty();
    }

    @Test
    void crlfFilesReadLikeLfFiles() {
        assertThat(parse("A=1\r\nB=\"two\"\r\n", Map.of())).containsEntry("A", "1").containsEntry("B", "two");
    }

    @Test
    void anUnclosedQuoteIsAFindingAtTheQuote() {
        Map<String, String> vars = parse("A=1\nB=\"s3cret-value\nC=3\n", Map.of());
        assertThat(vars).containsEntry("A", "1").doesNotContainKey("B");
        assertThat(LoadFindings.of(problems.all())).hasSize(1);
        Finding f = LoadFindings.of(problems.all()).get(0);
        assertThat(f.rule().code()).isEqualTo("SL005");
        assertThat(f.start()).isEqualTo(new Position(2, 3));
        assertThat(f.message()).contains("`B`").doesNotContain("s3cret");
    }

    @Test
    void aLineThatIsNotAnAssignmentIsAFinding() {
        parse("A=1\n-not a key\n", Map.of());
        assertThat(LoadFindings.of(problems.all())).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(new Position(2, 1));
            assertThat(f.message()).contains("KEY=VALUE");
        });
    }
}
