package dev.stacklint.compose;

import dev.stacklint.engine.LoadFindings;
import dev.stacklint.rule.Finding;
import dev.stacklint.source.Origin;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: load Compose text or files and look at what came out. */
final class Loading {
    private Loading() {
    }

    static ComposeLoad load(String yaml, Map<String, String> env) {
        return ComposeLoader.load(List.of(new SourceFile(Path.of("/nowhere/compose.yaml"), "compose.yaml", yaml)), env);
    }

    /** Loads text that must load cleanly. */
    static ComposeProject project(String yaml) {
        ComposeLoad load = load(yaml, Map.of());
        assertThat(LoadFindings.of(load.problems())).as("findings").isEmpty();
        return load.project().orElseThrow();
    }

    /** Writes files into a folder and loads the named ones as one project. */
    static ComposeLoad loadFiles(Path dir, Map<String, String> env, String... names) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (String name : names) {
            files.add(SourceFile.read(dir.resolve(name), name));
        }
        return ComposeLoader.load(files, env);
    }

    static void write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** The text a located value was read from. */
    static String text(Located<?> located) {
        return located.file().slice(located.span());
    }

    static String text(Origin origin) {
        return origin.file().slice(origin.span());
    }

    static Position at(Located<?> located) {
        return located.origin().start();
    }

    static String render(Finding f) {
        return f.file().displayPath() + ":" + f.start().line() + ":" + f.start().column() + " " + f.rule().code() + " "
                + f.message();
    }
}
