package dev.stacklint.fuzz;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.rule.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fuzz input: a file name (which says its kind) and its text, made by mutating a seed from the fixture
 * corpus (and the saved regressions). {@link #check} lints it and asserts what must hold for every input.
 */
record FuzzCase(String name, String text) {
    /** Pieces that tend to break readers: continuations, quotes, heredocs, YAML flow and anchors, odd characters. */
    private static final List<String> TOKENS = List.of("\\\n", "\"", "'", "${", "}", "$(", "<<EOF\n", "\nEOF\n",
            "[", "]", "{", "}", ":", ": ", "\t", "\r", "\r\n", "\n", "- ", "&a ", "*a", "<<: *a\n", "#", "# stacklint-disable ",
            "# hadolint ignore=DL3008\n", "\u0000", "\uFEFF", "\uD83D\uDE00", "\uD800", "é", "--", "=", "\\", "`", ";", "&&",
            "|", "%", "!!binary ", "? ", "---\n", "...\n", "RUN ", "FROM ", "COPY . .\n", "CMD [\"a\",", "services:\n",
            "  web:\n", "    image: ", "include:\n  - ", "extends:\n", "app.run(", "import ", "def ", "\"\"\"");
    private static final List<String> KINDS = List.of("Dockerfile", "compose.yaml", ".env", "app.py");

    /** Every Dockerfile, Compose file, .env and Python file under fixtures/ and the saved regressions. */
    static List<FuzzCase> seeds() {
        List<FuzzCase> seeds = new ArrayList<>();
        for (Path root : List.of(TestPaths.fixtures(), regressions())) {
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException("the fuzz seeds are missing: " + root);
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).sorted().forEach(p -> kind(p).ifPresent(k -> seeds.add(
                        new FuzzCase(k, new String(read(p), StandardCharsets.UTF_8)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    static Path regressions() {
        return TestPaths.root().resolve("src/test/resources/fuzz-regressions");
    }

    private static java.util.Optional<String> kind(Path p) {
        String n = p.getFileName().toString();
        if (n.equals("Dockerfile") || n.endsWith(".Dockerfile")) {
            return java.util.Optional.of("Dockerfile");
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return n.startsWith(".") ? java.util.Optional.empty() : java.util.Optional.of("compose.yaml");
        }
        if (n.equals(".env")) {
            return java.util.Optional.of(".env");
        }
        return n.endsWith(".py") ? java.util.Optional.of("app.py") : java.util.Optional.empty();
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few random edits: insert a token, delete or repeat a range, or move the text to another kind of file. */
    FuzzCase mutate(Random random) {
        StringBuilder s = new StringBuilder(text);
        String kind = name;
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(5)) {
                case 0, 1 -> s.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 2 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(20)));
                case 3 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(60));
                    s.insert(end, s.substring(at, end).repeat(1 + random.nextInt(8)));
                }
                default -> kind = random.nextInt(8) == 0 ? KINDS.get(random.nextInt(KINDS.size())) : kind;
            }
        }
        return new FuzzCase(kind, s.toString());
    }

    /**
     * Lints the case (with a Dockerfile beside a Python file, and a Compose file beside a .env, so that the stack
     * readers run too) and asserts: no exception, every finding inside its file, the same output twice.
     */
    void check(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?'
        if (name.equals("app.py")) {
            Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"app.py\"]\n");
        } else if (name.equals(".env")) {
            Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:${TAG:-1.27}\n");
        }
        List<String> first = lint(dir);
        assertThat(lint(dir)).as("same input, same output").isEqualTo(first);
    }

    private static List<String> lint(Path dir) {
        LintResult result = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), r -> true, Map.of(), dir));
        List<String> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            int length = f.file().text().length();
            assertThat(f.span().start()).as("%s start inside %s", f.rule().code(), f.file()).isBetween(0, length);
            assertThat(f.span().end()).as("%s end inside %s", f.rule().code(), f.file()).isBetween(f.span().start(), length);
            out.add(f.file().displayPath() + ":" + f.start() + "-" + f.end() + " " + f.rule().code() + " " + f.message());
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Keeps a failing input as a regression seed: every later run mutates it (and lints it as it is). */
    void save() throws IOException {
        Path dir = regressions().resolve(Integer.toHexString((name + "\0" + text).hashCode()));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
