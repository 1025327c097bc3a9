package dev.stacklint.cli;

import dev.stacklint.TestRules;

import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the CLI in-process and captures what it printed. */
record CliRun(int exitCode, String out, String err) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static CliRun of(String... args) {
        return withStdin("", args);
    }

    /**
     * The findings of {@code stacklint --format json ARGS DIR} as {@code RULE@line:column}, asserting that nothing
     * went to standard error.
     */
    static List<String> findingPlaces(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("--format", "json"));
        all.addAll(List.of(args));
        all.add(dir.toString());
        CliRun run = of(all.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        List<String> found = new ArrayList<>();
        JSON.readTree(run.out()).get("findings").forEach(f -> found.add(
                f.get("rule").asString() + "@" + f.get("line").asInt() + ":" + f.get("column").asInt()));
        return found;
    }

    /** Runs with {@code stdin} as standard input. */
    static synchronized CliRun withStdin(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = Main.run(TestRules.REVIEWED_ON, args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }
}
