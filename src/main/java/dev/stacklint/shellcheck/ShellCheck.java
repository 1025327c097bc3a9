package dev.stacklint.shellcheck;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code shellcheck} program, run on the RUN scripts of many Dockerfiles at once (one temporary file per distinct
 * script), while stacklint's own rules run.
 */
public final class ShellCheck {
    /**
     * hadolint's exclusions: SC2187 (ash is read as sh), SC1090 and SC1091 (following {@code source} needs a directive
     * comment a Dockerfile cannot carry).
     */
    static final String EXCLUDED = "SC2187,SC1090,SC1091";
    private static final long TIMEOUT_SECONDS = 60;
    private static final Optional<ShellCheck> ON_PATH = find(System.getenv("PATH"));

    /** Scripts per process: enough to pay for its start, few enough to keep both cores busy on a small run. */
    static final int BATCH = 64;
    private static final int MAX_PROCESSES = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** Set up only when shellcheck runs: most runs without it need no JSON object mapper. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private final Path binary;
    private final Object lock = new Object();
    private Batch open; // guarded by lock, as are queued and running
    private final Deque<Batch> queued = new ArrayDeque<>();
    private int running;

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

    /**
     * Queues {@code scripts} for checking; {@link Pending#comments()} waits for their findings. Scripts of many
     * Dockerfiles share a process (one starts when {@value #BATCH} scripts wait, or when a result is asked for), an
     * identical script is checked once per batch, and no more than {@link #MAX_PROCESSES} run at once: starting
     * ShellCheck costs more than checking a short script.
     */
    public Pending submit(List<ShellScript> scripts) {
        synchronized (lock) {
            if (open == null) {
                open = new Batch();
            }
            Batch batch = open;
            int[] slots = scripts.stream().mapToInt(s -> batch.add(s.text())).toArray();
            if (batch.size() >= BATCH) {
                close();
            }
            return new Pending(this, batch, slots);
        }
    }

    private void closeIfOpen(Batch batch) {
        synchronized (lock) {
            if (open == batch) {
                close();
            }
        }
    }

    private void close() {
        queued.add(open);
        open = null;
        pump();
    }

    private void pump() {
        while (running < MAX_PROCESSES && !queued.isEmpty()) {
            running++;
            queued.poll().start(binary).whenComplete((r, e) -> {
                synchronized (lock) {
                    running--;
                    pump();
                }
            });
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }

    /** The findings of one Dockerfile's scripts, from the batch they were checked in. */
    public static final class Pending {
        private final ShellCheck owner;
        private final Batch batch;
        private final int[] slots;

        private Pending(ShellCheck owner, Batch batch, int[] slots) {
            this.owner = owner;
            this.batch = batch;
            this.slots = slots;
        }

        /**
         * The findings, {@link Comment#script()} being the index in the submitted list; throws when ShellCheck
         * crashes, runs past the time-out or prints something other than json1.
         */
        public List<Comment> comments() {
            owner.closeIfOpen(batch);
            List<Comment> checked;
            try {
                checked = batch.result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while shellcheck ran", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            List<Comment> result = new ArrayList<>();
            for (int i = 0; i < slots.length; i++) {
                for (Comment c : checked) {
                    if (c.script() == slots[i]) {
                        result.add(new Comment(i, c.line(), c.column(), c.endLine(), c.endColumn(), c.level(),
                                c.code(), c.message()));
                    }
                }
            }
            return result;
        }
    }

    /** Distinct script texts checked by one process. */
    private static final class Batch {
        private final Map<String, Integer> slots = new LinkedHashMap<>();
        private final CompletableFuture<List<Comment>> result = new CompletableFuture<>();

        int add(String text) {
            return slots.computeIfAbsent(text, t -> slots.size());
        }

        int size() {
            return slots.size();
        }

        /** Starts the process (output to a file, so that no pipe can stall it); completes {@link #result}. */
        CompletableFuture<List<Comment>> start(Path binary) {
            Path dir = null;
            try {
                dir = Files.createTempDirectory("stacklint-shellcheck");
                List<String> command = new ArrayList<>(List.of(binary.toString(), "--format=json1", "--norc",
                        "--severity=style", "--exclude=" + EXCLUDED, "--"));
                Map<String, Integer> index = new HashMap<>();
                for (Map.Entry<String, Integer> e : slots.entrySet()) {
                    String name = "run" + e.getValue() + ".sh";
                    Files.writeString(dir.resolve(name), e.getKey(), StandardCharsets.UTF_8);
                    command.add(name);
                    index.put(name, e.getValue());
                }
                Path out = dir.resolve("out.json");
                Process process = new ProcessBuilder(command).directory(dir.toFile())
                        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice()))).start();
                Path folder = dir;
                process.onExit().orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).whenComplete((p, failure) -> {
                    try {
                        if (failure != null) {
                            process.destroyForcibly();
                            result.completeExceptionally(new IllegalStateException(
                                    "shellcheck did not finish within " + TIMEOUT_SECONDS + " s"));
                        } else {
                            result.complete(read(process.exitValue(), out, index));
                        }
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    } finally {
                        delete(folder);
                    }
                });
            } catch (IOException e) {
                result.completeExceptionally(
                        new UncheckedIOException("shellcheck could not be started: " + e.getMessage(), e));
                if (dir != null) {
                    delete(dir);
                }
            }
            return result;
        }
    }

    private static List<Comment> read(int exitCode, Path out, Map<String, Integer> index) {
        // 0: nothing found, 1: findings; anything else is a usage or internal error
        if (exitCode > 1) {
            throw new IllegalStateException("shellcheck failed with exit code " + exitCode);
        }
        try {
            return parse(Json.MAPPER.readTree(Files.readString(out, StandardCharsets.UTF_8)), index);
        } catch (IOException | tools.jackson.core.JacksonException e) {
            throw new UncheckedIOException("shellcheck's output could not be read: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
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
