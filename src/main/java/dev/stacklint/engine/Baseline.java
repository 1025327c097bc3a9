package dev.stacklint.engine;

import dev.stacklint.report.AtomicFile;
import dev.stacklint.report.Fingerprints;
import dev.stacklint.rule.Finding;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings recorded to be let through ({@code --baseline}): a JSON file of entries, each a rule, a file (relative
 * to the baseline's folder) and a fingerprint of the finding's content, so that moved lines keep matching. An
 * entry matches one finding; entries that match nothing any more are counted as fixed.
 *
 * @param file    the baseline file (absolute)
 * @param entries how many times each (rule, file, fingerprint) is recorded
 */
public record Baseline(Path file, Map<Key, Integer> entries) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FORMAT = 1;

    /** What an entry matches a finding by. */
    public record Key(String rule, String file, String fingerprint) {
    }

    /** What applying a baseline left: the findings not in it, how many it hid and how many entries are fixed. */
    public record Outcome(List<Finding> kept, int hidden, int fixed) {
    }

    /** @throws BaselineException when the file cannot be read or is not a stacklint baseline */
    public static Baseline read(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(abs, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read the baseline: " + e.getMessage());
        } catch (JacksonException e) {
            throw new BaselineException(file + ": not a stacklint baseline (not JSON): " + e.getOriginalMessage());
        }
        JsonNode list = root.path("findings");
        if (root.path("stacklint-baseline").asInt(0) != FORMAT || !list.isArray()) {
            throw new BaselineException(file + ": not a stacklint baseline (write one with --write-baseline)");
        }
        Map<Key, Integer> entries = new HashMap<>();
        for (JsonNode e : list) {
            Key key = new Key(e.path("rule").asString(""), e.path("file").asString(""), e.path("fingerprint").asString(""));
            if (key.rule().isEmpty() || key.file().isEmpty() || key.fingerprint().isEmpty()) {
                throw new BaselineException(file + ": an entry without rule, file and fingerprint: " + e);
            }
            entries.merge(key, 1, Integer::sum);
        }
        return new Baseline(abs, Map.copyOf(entries));
    }

    /** Records {@code findings} into {@code file}, replaced whole once written. */
    public static void write(Path file, List<Finding> findings) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        ObjectNode root = JSON.createObjectNode();
        root.put("stacklint-baseline", FORMAT);
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            Key key = key(abs, f);
            ObjectNode o = list.addObject();
            o.put("rule", key.rule());
            o.put("file", key.file());
            o.put("fingerprint", key.fingerprint());
            o.put("line", f.start().line()); // for the reader; matching ignores it
            o.put("message", f.message());
        }
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        AtomicFile.write(abs, out -> out.println(text));
    }

    /** The findings not in the baseline (each entry lets one finding through), in their order. */
    public Outcome apply(List<Finding> findings) {
        Map<Key, Integer> left = new HashMap<>(entries);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Key key = key(file, f);
            Integer n = left.get(key);
            if (n != null && n > 0) {
                left.put(key, n - 1);
            } else {
                kept.add(f);
            }
        }
        int fixed = left.values().stream().mapToInt(Integer::intValue).sum();
        return new Outcome(List.copyOf(kept), findings.size() - kept.size(), fixed);
    }

    private static Key key(Path baseline, Finding f) {
        Path dir = baseline.getParent();
        Path abs = f.file().path().toAbsolutePath().normalize();
        String path = (abs.startsWith(dir) ? dir.relativize(abs) : abs).toString().replace('\\', '/');
        return new Key(f.rule().code(), path, Fingerprints.content(f, path));
    }
}
