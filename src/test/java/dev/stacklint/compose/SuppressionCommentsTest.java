package dev.stacklint.compose;

import dev.stacklint.engine.SuppressionComments;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.engine.Suppression;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SuppressionCommentsTest {
    private static List<Suppression> read(String yaml) {
        return SuppressionComments.read(SourceFile.of("compose.yaml", yaml));
    }

    @Test
    void nextLineCoversTheNextLineThatHoldsYaml() {
        List<Suppression> s = read("""
                services:
                  web:
                    # stacklint-disable-next-line SL002, yaml-syntax -- reviewed in #123

                    # another comment
                    image: nginx
                """);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).wholeFile()).isFalse();
        assertThat(s.get(0).targetLine()).isEqualTo(6);
        assertThat(s.get(0).file().slice(s.get(0).target())).isEqualTo("    image: nginx\n");
        assertThat(s.get(0).codes()).extracting(Suppression.Code::text).containsExactly("SL002", "yaml-syntax");
        assertThat(s.get(0).codes().get(1).rule()).contains(ParseRules.YAML_SYNTAX.meta());
        SourceFile f = s.get(0).file();
        assertThat(f.slice(s.get(0).codes().get(0).span())).isEqualTo("SL002");
        assertThat(f.position(s.get(0).codes().get(0).span().start()).column()).isEqualTo(35);
    }

    @Test
    void disableCoversTheFileAndTrailingCommentsCount() {
        List<Suppression> s = read("""
                services:  # stacklint-disable SL003
                  web: {image: nginx}   # stacklint-disable-next-line SL001
                  db: {image: postgres}
                """);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).wholeFile()).isTrue();
        assertThat(s.get(1).targetLine()).isEqualTo(3);
    }

    @Test
    void aHashInsideAQuotedOrBlockScalarIsNotAComment() {
        assertThat(read("""
                services:
                  web:
                    command: "sh -c 'echo # stacklint-disable SL003'"
                    entrypoint: 'x # stacklint-disable SL003'
                    environment:
                      SCRIPT: |
                        # stacklint-disable SL003
                      MULTI: "first
                        # stacklint-disable SL003
                        last"
                    image: a#stacklint-disable
                """)).isEmpty();
    }

    @Test
    void aCommentRightAfterABlockScalarIsAComment() {
        List<Suppression> s = read("""
                x-script: |
                  echo hi
                # stacklint-disable-next-line SL003
                services: {}
                """);
        assertThat(s).singleElement().satisfies(x -> assertThat(x.targetLine()).isEqualTo(4));
    }

    @Test
    void pastASyntaxErrorOnlyWholeLineCommentsCount() {
        List<Suppression> s = read("""
                services:
                  web: [unclosed
                # stacklint-disable SL001
                  x: "y # stacklint-disable SL002"
                """);
        assertThat(s).singleElement().satisfies(x -> assertThat(x.codes()).extracting(Suppression.Code::text).containsExactly("SL001"));
    }

    @Test
    void lookalikesSilenceNothingAndSayWhatWasMeant() {
        List<Suppression> read = read("# stacklint-disabled SL001\n# stacklint-disable-next-lines SL001\n# stacklint: SL001\nx: 1\n");
        assertThat(read).allSatisfy(s -> assertThat(s.codes()).isEmpty());
        assertThat(read).extracting(s -> s.comment().start(), s -> s.mistake().orElseThrow()).containsExactly(
                tuple(0, "'stacklint-disabled' is not a suppression comment stacklint reads (did you mean "
                        + "'stacklint-disable'?), so it silences nothing"),
                tuple(27, "'stacklint-disable-next-lines' is not a suppression comment stacklint reads (did you mean "
                        + "'stacklint-disable-next-line'?), so it silences nothing"));
    }

    @Test
    void unknownCodesAreKeptForReporting() {
        Suppression s = read("# stacklint-disable SL9O1\n").get(0);
        assertThat(s.codes().get(0).rule()).isEmpty();
        assertThat(s.reportsUnknown()).isTrue();
    }
}
