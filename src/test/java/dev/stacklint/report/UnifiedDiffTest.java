package dev.stacklint.report;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedDiffTest {
    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("a.yaml", Optional.of("x\n"), "x\n")).isEmpty();
    }

    @Test
    void distantChangesAreSeparateHunks() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        String after = "1\ntwo\n3\n4\n5\n6\n7\n8\n9\n10\n12\n";
        assertThat(UnifiedDiff.of("f", Optional.of(before), after)).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -1,5 +1,5 @@
                 1
                -2
                +two
                 3
                 4
                 5
                @@ -8,5 +8,4 @@
                 8
                 9
                 10
                -11
                 12
                """);
    }

    @Test
    void aNewFileAndAMissingFinalNewline() {
        assertThat(UnifiedDiff.of("d/.dockerignore", Optional.empty(), ".env\n.git")).isEqualTo("""
                --- /dev/null
                +++ b/d/.dockerignore
                @@ -0,0 +1,2 @@
                +.env
                +.git
                \\ No newline at end of file
                """);
    }
}
