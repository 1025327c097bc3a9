package dev.stacklint.engine;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Comments applied to findings built directly (the rules are not needed to judge the Suppressor). */
class SuppressorTest {
    private static final RuleMeta SYNTAX = ParseRules.YAML_SYNTAX.meta();
    private static final RuleMeta DUPLICATE = ParseRules.DUPLICATE_KEY.meta();
    private static final SourceFile FILE = SourceFile.of("compose.yaml", """
            services:
              web:
                # stacklint-disable-next-line SL002
                image: nginx
                image: httpd
                # stacklint-disable-next-line yaml-syntax,SL003
                ports: ["80:80"]
            """);

    private static Finding at(RuleMeta rule, int line) {
        int start = FILE.offset(line, 5);
        return new Finding(rule, rule.severity(), FILE, new Span(start, start + 5), rule.code() + " on line " + line);
    }

    @Test
    void aCommentSilencesExactlyTheNamedRuleOnTheNextLine() {
        List<Suppression> comments = SuppressionComments.read(FILE);
        Suppressor.Outcome out = Suppressor.apply(
                List.of(at(DUPLICATE, 4), at(DUPLICATE, 5), at(SYNTAX, 4), at(SYNTAX, 7)), comments, true, false);
        assertThat(out.kept()).containsExactly(at(DUPLICATE, 5), at(SYNTAX, 4));
        assertThat(out.silenced()).isEqualTo(2);
        assertThat(out.unused()).isEmpty();
    }

    @Test
    void eachNamedRuleThatSilencedNothingIsReportedWhereItIsWritten() {
        Suppressor.Outcome out = Suppressor.apply(List.of(at(SYNTAX, 7)), SuppressionComments.read(FILE), true, true);
        assertThat(out.kept()).isEmpty();
        assertThat(out.unused()).extracting(f -> f.rule().code() + " " + f.start().line() + ":" + f.start().column()
                + " " + FILE.slice(f.span())).containsExactly("SL006 3:35 SL002", "SL006 6:47 SL003");
        assertThat(out.unused()).allMatch(f -> f.severity() == Severity.INFO);
    }

    @Test
    void unusedSuppressionFindingsCanThemselvesBeSilenced() {
        SourceFile f = SourceFile.of("compose.yaml", "# stacklint-disable SL006\n# stacklint-disable-next-line SL001\nx: 1\n");
        assertThat(Suppressor.apply(List.of(), SuppressionComments.read(f), true, true).unused()).isEmpty();
    }

    @Test
    void commentsOnlyReachFindingsInTheirOwnFile() {
        SourceFile other = SourceFile.of("other/compose.yaml", FILE.text());
        Finding elsewhere = new Finding(DUPLICATE, Severity.ERROR, other, new Span(other.offset(4, 5), other.offset(4, 10)), "m");
        assertThat(Suppressor.apply(List.of(elsewhere), SuppressionComments.read(FILE), true, false).kept()).containsExactly(elsewhere);
    }
}
