package dev.stacklint.engine;

import dev.stacklint.TestRules;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;
import dev.stacklint.source.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fix loop: overlapping fixes wait for the next pass, protected regions are never edited. */
class FixerTest {
    @TempDir
    Path dir;

    /** A lower-case {@code from}: upper-case it. */
    private static final DockerfileRule UPPER = new DockerfileRule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("SL198", "upper", Severity.STYLE, Target.DOCKERFILE, "test rule").fixable(Fix.Safety.SAFE);
        }

        @Override
        public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
            if (dockerfile.source().text().startsWith("from")) {
                reporter.report(new Span(0, 4), "lower case", Fix.safe("upper-case", new Edit(new Span(0, 4), "FROM")));
            }
        }
    };

    /** The first line without a tag: rewrite the whole line, which overlaps {@link #UPPER}'s edit. */
    private static final DockerfileRule TAG = new DockerfileRule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("SL199", "tag", Severity.WARNING, Target.DOCKERFILE, "test rule").fixable(Fix.Safety.SAFE);
        }

        @Override
        public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
            String line = dockerfile.source().line(1);
            if (!line.contains(":")) {
                Span span = new Span(0, line.length());
                reporter.report(span, "no tag", Fix.safe("tag it", new Edit(span, line + ":3")));
            }
        }
    };

    private Fixer.Outcome fix(String dockerfile) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        return new Fixer(TestRules.linter(List.of(UPPER, TAG))).fix(LintRequest.of(List.of(dir), dir), false, p -> true);
    }

    @Test
    void ofTwoOverlappingFixesTheSecondWaitsForTheNextPass() throws IOException {
        Fixer.Outcome outcome = fix("from alpine\nRUN true\n");
        assertThat(outcome.applied()).isEqualTo(2);
        assertThat(outcome.files()).singleElement().satisfies(f -> {
            assertThat(f.original()).contains("from alpine\nRUN true\n");
            assertThat(f.text()).isEqualTo("FROM alpine:3\nRUN true\n");
        });
        assertThat(outcome.result().findings()).isEmpty();
        assertThat(Files.readString(dir.resolve("Dockerfile"))).as("the fixer writes nothing").startsWith("from");
    }

    @Test
    void anEditOverAVariableReferenceIsNotApplied() throws IOException {
        Fixer.Outcome outcome = fix("FROM ${BASE}\n");
        assertThat(outcome.applied()).isZero();
        assertThat(outcome.files()).isEmpty();
        assertThat(outcome.result().findings()).extracting(f -> f.rule().code()).containsExactly("SL199");
    }

    @Test
    void touchingMeansChangingOrInsertingInside() {
        Span region = new Span(5, 10);
        assertThat(Fixer.touches(new Span(0, 5), region)).isFalse();
        assertThat(Fixer.touches(new Span(0, 6), region)).isTrue();
        assertThat(Fixer.touches(Span.at(5), region)).isFalse();
        assertThat(Fixer.touches(Span.at(7), region)).isTrue();
        assertThat(Fixer.conflict(Span.at(3), Span.at(3))).isTrue();
        assertThat(Fixer.conflict(new Span(0, 3), new Span(3, 4))).isFalse();
    }
}
