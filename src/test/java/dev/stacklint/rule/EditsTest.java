package dev.stacklint.rule;

import dev.stacklint.source.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditsTest {
    @Test
    void appliesByOriginalOffsetsInAnyOrder() {
        String text = "version: '3'\nservices: {}\n";
        List<Edit> edits = List.of(new Edit(new Span(13, 21), "SERVICES"), Edit.delete(new Span(0, 13)));
        assertThat(Edits.apply(text, edits)).isEqualTo("SERVICES: {}\n");
    }

    @Test
    void insertsAtAnEmptySpan() {
        assertThat(Edits.apply("pip install x", List.of(Edit.insert(11, " --no-cache-dir"))))
                .isEqualTo("pip install --no-cache-dir x");
    }

    @Test
    void refusesOverlaps() {
        assertThatThrownBy(() -> Edits.apply("abcdef", List.of(new Edit(new Span(0, 3), "x"), new Edit(new Span(2, 4), "y"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fix.safe("two", new Edit(new Span(0, 3), "x"), new Edit(new Span(2, 4), "y")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
