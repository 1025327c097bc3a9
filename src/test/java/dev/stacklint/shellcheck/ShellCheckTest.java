package dev.stacklint.shellcheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ShellCheckTest {
    @TempDir
    Path dir;

    @Test
    void findsTheProgramOnAPathAndNotElsewhere() throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        assertThat(ShellCheck.find(bin.toString())).isEmpty();
        Path program = Files.writeString(bin.resolve("shellcheck"), "#!/bin/sh\n");
        assertThat(ShellCheck.find(bin.toString())).isEmpty(); // not executable
        assertThat(program.toFile().setExecutable(true)).isTrue();
        assertThat(ShellCheck.find("/nonexistent" + java.io.File.pathSeparator + bin)).isPresent();
        assertThat(ShellCheck.find(null)).isEmpty();
    }

    @Test
    void readsJson1ByScriptFile() {
        var root = JsonMapper.builder().build().readTree("""
                {"comments":[{"file":"run1.sh","line":3,"endLine":3,"column":5,"endColumn":9,"level":"info",
                "code":2086,"message":"Double quote to prevent globbing and word splitting.","fix":null},
                {"file":"other.sh","line":1,"endLine":1,"column":1,"endColumn":2,"level":"error","code":1000,
                "message":"not ours","fix":null}]}
                """);
        List<Comment> comments = ShellCheck.parse(root, Map.of("run0.sh", 0, "run1.sh", 1));
        assertThat(comments).containsExactly(new Comment(1, 3, 5, 3, 9, "info", 2086,
                "Double quote to prevent globbing and word splitting."));
    }
}
