package dev.stacklint.engine;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FoundTest {
    private static final RuleMeta RULE = new RuleMeta("SL999", "test-rule", Severity.WARNING, "a test rule");

    private static Finding at(SourceFile file, int offset, String message) {
        return new Finding(RULE, Severity.WARNING, file, Span.at(offset), message);
    }

    @Test
    void keepsTheOrderAddedAndOneCopyOfEachMessage() {
        SourceFile a = SourceFile.of("a/Dockerfile", "FROM scratch\n");
        SourceFile b = SourceFile.of("b/Dockerfile", "FROM scratch\n");
        Found found = new Found();
        found.add(at(a, 0, new String("image runs as root")));
        found.add(at(b, 5, new String("image runs as root")));
        found.addAll(List.of(at(b, 0, "another problem")));

        List<Finding> all = found.all();
        assertThat(all).extracting(f -> f.file().displayPath(), f -> f.span().start(), Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a/Dockerfile", 0, "image runs as root"),
                        org.assertj.core.groups.Tuple.tuple("b/Dockerfile", 5, "image runs as root"),
                        org.assertj.core.groups.Tuple.tuple("b/Dockerfile", 0, "another problem"));
        assertThat(all.get(1).message()).isSameAs(all.get(0).message());
    }
}
