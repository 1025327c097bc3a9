package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Edits;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Fix;
import dev.stacklint.source.SourceFile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lints a Dockerfile text with one rule, applies the findings' fixes and checks that the result is clean. */
final class FixTester {
    private FixTester() {
    }

    /**
     * The text with every finding's fix applied (each finding must offer one of {@code safety}); asserts that the
     * result still parses and that the rule no longer fires.
     */
    static String fixed(DockerfileRule rule, String text, Fix.Safety safety) {
        List<Finding> findings = RuleTester.run(rule, text);
        assertThat(findings).as("findings in\n%s", text).isNotEmpty();
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.fix()).as("a fix for %s", f.message()).isNotNull();
            assertThat(f.fix().safety()).isEqualTo(safety);
        });
        String result = Edits.apply(text, findings.stream().flatMap(f -> f.fix().edits().stream()).toList());
        assertThat(DockerfileParser.parse(SourceFile.of("Dockerfile", result)).errors()).as("parse errors in\n%s",
                result).isEmpty();
        assertThat(RuleTester.run(rule, result)).as("findings left in\n%s", result).isEmpty();
        return result;
    }

    static String fixed(DockerfileRule rule, String text) {
        return fixed(rule, text, Fix.Safety.SAFE);
    }

    /** Asserts that the rule fires on {@code text} and offers no fix for any finding. */
    static void noFix(DockerfileRule rule, String text) {
        List<Finding> findings = RuleTester.run(rule, text);
        assertThat(findings).as("findings in\n%s", text).isNotEmpty();
        assertThat(findings).as("no fix in\n%s", text).allSatisfy(f -> assertThat(f.fix()).isNull());
    }
}
