package dev.stacklint.compose;

import dev.stacklint.engine.Suppression;
import dev.stacklint.engine.SuppressionComments;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading suppression comments never throws, keeps every span inside the file, and only finds real comments. */
class SuppressionCommentsProperties {
    @Provide
    Arbitrary<String> yaml() {
        Arbitrary<String> fragments = Arbitraries.of("services:", "  web:", "    image: ", "nginx", "- ", "[", "]",
                "{", "}", ",", ": ", "\"", "'", "|", ">-", "|+", "#", " # ", "# stacklint-disable ",
                "# stacklint-disable-next-line ", "SL001", "SL002,SL003", "yaml-syntax", " -- why", "&a ", "*a",
                "<<: ", "---", "...", "\n", "\r\n", "\r", "  ", "\t", "é", "\uFEFF", "\u2028", "\u0000", "x#y");
        return Arbitraries.oneOf(
                fragments.list().ofMaxSize(80).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(300));
    }

    @Property(tries = 800)
    void neverThrowsAndSpansStayInsideTheFile(@ForAll("yaml") String text) {
        SourceFile file = SourceFile.of("compose.yaml", text);
        List<Suppression> found = SuppressionComments.read(file);
        for (Suppression s : found) {
            for (Span span : List.of(s.comment(), s.target())) {
                assertThat(span.end()).isLessThanOrEqualTo(file.text().length());
            }
            assertThat(file.slice(s.comment())).startsWith("#").contains("stacklint-disable");
            s.codes().forEach(c -> assertThat(file.slice(c.span())).isEqualTo(c.text()));
        }
        assertThat(SuppressionComments.read(file)).as("deterministic").isEqualTo(found);
    }
}
