package dev.stacklint.compose;

import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An include path with unset variables: which files it may name, and what its variables then stand for. */
class IncludeRefTest {
    @TempDir
    Path dir;

    /** {@code written} as an include of {@code compose.yaml} in {@link #dir}, its variables unset. */
    private IncludeRef include(String written) {
        String text = "include:\n  - " + written + "\n";
        SourceFile file = new SourceFile(dir.resolve("compose.yaml"), "compose.yaml", text);
        int start = text.indexOf(written);
        String substituted = written.replaceAll("\\$\\{?[A-Z_]+}?", "");
        return new IncludeRef(new Located<>(substituted, new Origin(file, new Span(start, start + written.length()))),
                false, true);
    }

    @Test
    void aFragmentsPathTellsWhatTheVariablesStandFor() {
        IncludeRef web = include("compose/$HOSTNAME/web.yml");
        assertThat(web.bindings(dir.resolve("compose/hs/web.yml"))).contains(Map.of("HOSTNAME", "hs"));
        assertThat(web.bindings(dir.resolve("compose/hs/db.yml"))).isEmpty();
        assertThat(include("compose/${HOSTNAME}/db.yml").resolvedWith(Map.of("HOSTNAME", "hs")))
                .contains(dir.resolve("compose/hs/db.yml"));
        assertThat(web.siblingBindings(dir.resolve("compose/ws/old.yml"))).contains(Map.of("HOSTNAME", "ws"));
    }

    @Test
    void aLeadingVariableStandsForTheFoldersAbove() {
        IncludeRef app = include("$DOCKERDIR/compose/app.yml");
        Map<String, String> values = app.bindings(dir.resolve("compose/app.yml")).orElseThrow();
        assertThat(include("$DOCKERDIR/compose/db.yml").resolvedWith(values)).contains(dir.resolve("compose/db.yml"));
    }

    @Test
    void aVariableTheFragmentDoesNotTellLeavesThePathUnknown() {
        assertThat(include("$EXTRA_COMPOSE_FILE").resolvedWith(Map.of("HOSTNAME", "hs"))).isEmpty();
    }

    @Test
    void aVariableWrittenTwiceWithTwoValuesIsLeftOut() {
        assertThat(include("parts/$PART/x/$PART.yml").bindings(dir.resolve("parts/a/x/b.yml"))).contains(Map.of());
        assertThat(include("parts/$PART/x/$PART.yml").bindings(dir.resolve("parts/a/x/a.yml")))
                .contains(Map.of("PART", "a"));
    }

    @Test
    void aValueNeverLeadsOutOfTheRepository() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        assertThat(include("compose/$HOST/app.yml").resolvedWith(Map.of("HOST", "../../../../etc"))).isEmpty();
    }
}
