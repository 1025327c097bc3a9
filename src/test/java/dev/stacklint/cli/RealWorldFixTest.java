package dev.stacklint.cli;

import dev.stacklint.TestPaths;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.project.Discovery;
import dev.stacklint.source.FileKind;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --fix --unsafe-fixes} over a copy of the real-world corpus: every file it changes still parses (YAML loads, a
 * Dockerfile that parsed still does), keeps every comment line, and a second {@code --fix} changes nothing.
 */
class RealWorldFixTest {
    @TempDir
    Path copy;

    @Test
    void fixingTheRealWorldProjectsBreaksNothingAndConverges() throws IOException {
        Path corpus = TestPaths.root().resolve("src/test/resources/realworld");
        Map<Path, String> before = snapshot(corpus);
        before.forEach((rel, text) -> write(copy.resolve(rel), text));

        CliRun first = CliRun.of("--no-color", "--fix", "--unsafe-fixes", copy.toString());
        assertThat(first.err()).doesNotContain("Exception");
        Map<Path, String> after = snapshot(copy);
        List<Path> changed = new ArrayList<>();
        after.forEach((rel, text) -> {
            String old = before.get(rel);
            if (old == null || !old.equals(text)) {
                changed.add(rel);
                check(rel, old, text);
            }
        });
        assertThat(changed).as("the fixes change some real-world files").isNotEmpty();
        assertThat(first.out()).containsPattern("Fixed [1-9][0-9]* of");

        CliRun second = CliRun.of("--no-color", "--fix", "--unsafe-fixes", copy.toString());
        assertThat(snapshot(copy)).as("a second --fix changes nothing").isEqualTo(after);
        assertThat(second.out()).doesNotContainPattern("Fixed [1-9]");
    }

    private static void check(Path rel, String old, String text) {
        String name = rel.getFileName().toString();
        if (Discovery.isYaml(name)) {
            new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build()).loadAllFromString(text)
                    .forEach(doc -> { }); // throws when the fixed text is not YAML
        } else if (Discovery.kindOf(name) == FileKind.DOCKERFILE && old != null
                && DockerfileParser.parse(SourceFile.of(name, old)).errors().isEmpty()) {
            assertThat(DockerfileParser.parse(SourceFile.of(name, text)).errors()).as("%s still parses", rel).isEmpty();
        }
        if (old != null) {
            List<String> comments = old.lines().filter(l -> l.strip().startsWith("#")).toList();
            List<String> kept = text.lines().toList();
            assertThat(kept).as("%s keeps its comment lines", rel).containsAll(comments);
        }
    }

    private static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static void write(Path file, String latin1) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, latin1.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
