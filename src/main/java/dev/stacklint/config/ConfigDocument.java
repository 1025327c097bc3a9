package dev.stacklint.config;

import dev.stacklint.schema.ErrorPaths;
import dev.stacklint.schema.JsonTree;
import dev.stacklint.source.Limits;
import dev.stacklint.source.Origin;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlProblems;
import dev.stacklint.yaml.YamlReader;
import dev.stacklint.yaml.YamlScalar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A configuration file read by the YAML reader Compose files go through (and within the same limits: file size,
 * nesting, nodes with aliases expanded), as a JSON tree for schema validation that still knows where each value and
 * each key was written, so that every problem is named as {@code file:line:column}. A path is a list of keys (String)
 * and indexes (Integer) from the root.
 */
final class ConfigDocument {
    private static final Limits LIMITS = Limits.DEFAULT;

    private final String name;
    private final Optional<YamlNode> root;
    private final JsonNode json;

    private ConfigDocument(String name, Optional<YamlNode> root) {
        this.name = name;
        this.root = root;
        this.json = root.map(JsonTree::of).orElseGet(JsonNodeFactory.instance::objectNode);
    }

    /** Reads {@code file}; {@code name} is how messages call it. An empty file is an empty mapping. */
    static ConfigDocument read(Path file, String name) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, LIMITS.fileBytes() + 1));
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read the configuration: " + e.getMessage());
        }
        if (bytes.length > LIMITS.fileBytes()) {
            throw new ConfigException(name + ": the configuration is larger than " + LIMITS.fileBytes() + " bytes");
        }
        try {
            return parse(name, StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": the configuration is not UTF-8 text");
        }
    }

    private static ConfigDocument parse(String name, String text) {
        SourceFile file = SourceFile.of(name, text);
        List<String> problems = new ArrayList<>();
        List<YamlNode> documents = YamlReader.read(file, new Wording(name, problems), LIMITS);
        if (documents.size() > 1) {
            problems.add(where(name, documents.get(1).origin()).problem(
                    "a second YAML document: a configuration file holds one"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new ConfigDocument(name, documents.stream().findFirst());
    }

    JsonNode root() {
        return json;
    }

    /** Where the value at {@code path} (or its nearest enclosing value) was written. */
    Location at(List<Object> path) {
        for (int n = path.size(); n >= 0 && root.isPresent(); n--) {
            Optional<JsonTree.Located> found = JsonTree.find(root.get(), path.subList(0, n));
            if (found.isPresent()) {
                return where(name, found.get().node().origin());
            }
        }
        return new Location(name, 0, 0);
    }

    /** Where the key that ends {@code path} was written, else its value. */
    Location keyAt(List<Object> path) {
        return root.flatMap(r -> JsonTree.find(r, path)).flatMap(JsonTree.Located::entry)
                .map(e -> where(name, e.key().origin())).orElseGet(() -> at(path));
    }

    /** {@code services[0].image}-style, for messages. */
    static String describe(List<Object> path) {
        return path.isEmpty() ? "the top level" : ErrorPaths.dotted(path);
    }

    /** {@code path} one step deeper. */
    static List<Object> append(List<Object> path, Object element) {
        List<Object> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(element);
        return List.copyOf(p);
    }

    private static Location where(String name, Origin origin) {
        Position p = origin.start();
        return new Location(name, p.line(), p.column());
    }

    /** The reader's problems in a configuration's words, {@code file:line:column: message}. */
    private record Wording(String name, List<String> problems) implements YamlProblems {
        @Override
        public void syntax(Origin at, String message) {
            problems.add(where(name, at).problem(message));
        }

        /** {@code limits.yaml-nodes} raises the budget for Compose files only: a configuration's stays the default. */
        @Override
        public void tooManyNodes(Origin at, int limit) {
            problems.add(where(name, at).problem("the configuration file expands to more than " + limit
                    + " nodes (aliases expanded); it is not read past here"));
        }

        @Override
        public void duplicateKey(YamlScalar key, YamlScalar first) {
            problems.add(where(name, key.origin()).problem("'" + key.value() + "' is given twice"));
        }

        @Override
        public void repeatedMergeKey(Origin at) {
            problems.add(where(name, at).problem("'<<' is given twice"));
        }
    }
}
