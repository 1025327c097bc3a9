package dev.stacklint.shellcheck;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code shellcheck} program, run once per Dockerfile on all its RUN scripts (one process, one temporary file
 * per script, output to a file so that no pipe can stall it), while stacklint's own rules run.
 */
public final class ShellCheck {
    /**
     * hadolint's exclusions: SC2187 (ash is read as sh), SC1090 and SC1091 (following {@code source} needs a directive
     * comment a Dockerfile cannot carry).
     */
    static final String EXCLUDED = "SC2187,SC1090,SC1091";
    private static final long TIMEOUT_SECONDS = 60;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Optional<ShellCheck> ON_PATH = find(System.getenv("PATH"));

    private final Path binary;

    public ShellCheck(Path binary) {
        this.binary = binary;
    }

    public Path binary() {
        return binary;
    }

    /** The {@code shellcheck} on the PATH, looked up once per run; empty when there is none. */
    public static Optional<ShellCheck> onPath() {
        return ON_PATH;
    }

    static Optional<ShellCheck> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : List.of("shellcheck", "shellcheck.exe")) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(new ShellCheck(p));
                }
            }
        }
        return Optional.empty();
    }

    /** Starts checking {@code scripts}; {@link Run#comments()} waits for the result. */
    public Run start(List<ShellScript> scripts) {
        try {
            Path dir = Files.createTempDirectory("stacklint-shellcheck");
            List<String> command = new ArrayList<>(List.of(binary.toString(), "--format=json1", "--norc",
                    "--severity=style", "--exclude=" + EXCLUDED, "--"));
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < scripts.size(); i++) {
                Path file = dir.resolve("run" + i + ".sh");
                Files.writeString(file, scripts.get(i).text(), StandardCharsets.UTF_8);
                command.add(file.getFileName().toString());
                index.put(file.getFileName().toString(), i);
            }
            Path out = dir.resolve("out.json");
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice()))).start();
            return new Run(process, dir, out, index);
        } catch (IOException e) {
            throw new UncheckedIOException("shellcheck could not be started: " + e.getMessage(), e);
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }

    /** One running {@code shellcheck}. */
    public static final class Run {
        private final Process process;
        private final Path dir;
        private final Path out;
        private final Map<String, Integer> index;

        private Run(Process process, Path dir, Path out, Map<String, Integer> index) {
            this.process = process;
            this.dir = dir;
            this.out = out;
            this.index = index;
        }

        /** Its findings; throws when it crashes, hangs past the time-out or prints something other than json1. */
        public List<Comment> comments() {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("shellcheck did not finish within " + TIMEOUT_SECONDS + " s");
                }
                // 0: nothing found, 1: findings; anything else is a usage or internal error
                if (process.exitValue() > 1) {
                    throw new IllegalStateException("shellcheck failed with exit code " + process.exitValue());
                }
                return parse(JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)), index);
            } catch (IOException | tools.jackson.core.JacksonException e) {
                throw new UncheckedIOException("shellcheck's output could not be read: " + e.getMessage(),
                        e instanceof IOException io ? io : new IOException(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("interrupted while shellcheck ran", e);
            } finally {
                delete(dir);
            }
        }
    }

    static List<Comment> parse(JsonNode root, Map<String, Integer> index) {
        JsonNode comments = root.path("comments");
        if (!comments.isArray()) {
            throw new IllegalStateException("shellcheck's output has no comments array (is it older than 0.7?)");
        }
        List<Comment> result = new ArrayList<>();
        for (JsonNode c : comments) {
            Integer script = index.get(Path.of(c.path("file").asString()).getFileName().toString());
            if (script == null) {
                continue;
            }
            result.add(new Comment(script, c.path("line").asInt(1), c.path("column").asInt(1),
                    c.path("endLine").asInt(c.path("line").asInt(1)), c.path("endColumn").asInt(c.path("column").asInt(1)),
                    c.path("level").asString("warning"), c.path("code").asInt(), c.path("message").asString("")));
        }
        return result;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind costs nothing but space; the findings stand
        }
    }
}
