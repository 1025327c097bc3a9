package dev.stacklint.project.command;

import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A container for tests: variables set in an "environment" file, files by path, everything else absent. */
final class FakeContext implements CommandContext {
    private final Map<String, EnvVar> env = new HashMap<>();
    private final Map<String, SourceFile> files = new HashMap<>();
    private boolean filesUnknown;

    FakeContext env(String name, String value) {
        SourceFile f = SourceFile.of("env", name + "=" + value);
        env.put(name, EnvVar.known(name, value, new Origin(f, new Span(0, f.text().length()))));
        return this;
    }

    FakeContext unknownEnv(String name) {
        env.put(name, EnvVar.unknown(name));
        return this;
    }

    FakeContext file(String path, String text) {
        files.put(path, SourceFile.of(path, text));
        return this;
    }

    /** Files not given are unknown rather than absent (the build context could not be mapped). */
    FakeContext filesUnknown() {
        filesUnknown = true;
        return this;
    }

    SourceFile sourceOf(String path) {
        return files.get(path);
    }

    @Override
    public Optional<EnvVar> env(String name) {
        return Optional.ofNullable(env.get(name));
    }

    @Override
    public FileLookup file(String path) {
        String p = path.startsWith("./") ? path.substring(2) : path;
        SourceFile f = files.get(p);
        if (f == null && p.startsWith("/app/")) {
            f = files.get(p.substring("/app/".length()));
        }
        if (f != null) {
            return new FileLookup.Found(f);
        }
        return filesUnknown ? FileLookup.UNKNOWN : FileLookup.ABSENT;
    }
}
