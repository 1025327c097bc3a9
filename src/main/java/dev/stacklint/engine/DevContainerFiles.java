package dev.stacklint.engine;

import dev.stacklint.source.FolderEntries;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Compose files a dev container merges with a Compose file: a {@code devcontainer.json} (or
 * {@code .devcontainer.json}) beside it whose {@code dockerComposeFile} (a path or a list, relative to that folder)
 * names it, as rubygems.org's {@code ["docker-compose.yml", "../docker-compose.yml"]} does. Its other files.
 */
final class DevContainerFiles {
    private static final int MAX_BYTES = 1 << 16;

    /** Built when a dev container is first read: most runs have none, and a mapper costs a one-file run ~30 ms. */
    private static final class Jsonc {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    }

    private DevContainerFiles() {
    }

    static List<Path> partners(Path composeFile) {
        Path dir = composeFile.getParent();
        if (dir == null) {
            return List.of();
        }
        for (String name : List.of("devcontainer.json", ".devcontainer.json")) {
            List<Path> listed = listed(dir.resolve(name));
            if (listed.contains(composeFile)) {
                return listed.stream().filter(p -> !p.equals(composeFile) && Files.isRegularFile(p)).toList();
            }
        }
        return List.of();
    }

    /** Whether a {@code devcontainer.json} beside {@code composeFile} names it: the dev container says how it is combined. */
    static boolean names(Path composeFile) {
        Path dir = composeFile.getParent();
        return dir != null && List.of("devcontainer.json", ".devcontainer.json").stream()
                .anyMatch(n -> listed(dir.resolve(n)).contains(composeFile));
    }

    private static List<Path> listed(Path json) {
        try {
            if (!FolderEntries.isFile(json) || Files.size(json) > MAX_BYTES) {
                return List.of();
            }
            JsonNode files = Jsonc.MAPPER.readTree(Files.readString(json)).path("dockerComposeFile");
            List<Path> out = new ArrayList<>();
            for (JsonNode f : files.isArray() ? files : List.of(files)) {
                if (f.isString()) {
                    out.add(json.getParent().resolve(f.asString()).toAbsolutePath().normalize());
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of(); // not readable as JSON with comments: no dev container to combine with
        }
    }
}
