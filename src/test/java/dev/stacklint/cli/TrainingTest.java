package dev.stacklint.cli;

import dev.stacklint.TestPaths;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's training run lints the demo quietly and gives the terminal back. */
class TrainingTest {
    @Test
    void lintsTheDemoPrintingNothing() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Training.main(new String[] {TestPaths.fixtures().resolve("projects/flask-postgres-tutorial").toString()});
            assertThat(System.out).isSameAs(capture);
            assertThat(System.err).isSameAs(capture);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
