package dev.stacklint.dockerfile;

import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import static dev.stacklint.dockerfile.DockerfileParserTest.at;
import static org.assertj.core.api.Assertions.assertThat;

class DockerignoreTest {

    static Dockerignore ignore(String text) {
        return Dockerignore.parse(SourceFile.of(".dockerignore", text));
    }

    @Test
    void readsPatternsCommentsAndExceptions() {
        SourceFile src = SourceFile.of(".dockerignore", "# comment\n\n  .git/  \n/node_modules\n!./keep/../keep.md\n *.pyc\r\n");
        Dockerignore d = Dockerignore.parse(src);
        assertThat(d.patterns()).extracting(Dockerignore.Pattern::text, Dockerignore.Pattern::exception)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(".git", false),
                        org.assertj.core.groups.Tuple.tuple("node_modules", false),
                        org.assertj.core.groups.Tuple.tuple("keep.md", true),
                        org.assertj.core.groups.Tuple.tuple("*.pyc", false));
        Dockerfile forPositions = new Dockerfile(src, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), '\\');
        assertThat(at(forPositions, d.patterns().get(0).span())).isEqualTo("3:3-3:8");
    }

    @Test
    void parentFoldersAndSegments() {
        Dockerignore d = ignore(".git\n.venv/\n*.pyc\nbuild\n");
        assertThat(d.matches(".git")).isTrue();
        assertThat(d.matches(".git/HEAD")).isTrue();
        assertThat(d.matches(".venv/lib/python3.12/site.py")).isTrue();
        assertThat(d.matches("app.pyc")).isTrue();
        assertThat(d.matches("src/app.pyc")).as("* stays in the first segment").isFalse();
        assertThat(d.matches("src/build")).as("patterns are anchored at the context root").isFalse();
        assertThat(d.matches("app.py")).isFalse();
    }

    @Test
    void doubleStarAndClasses() {
        Dockerignore d = ignore("**/__pycache__\n**/*.log\ndocs/**\nfile[0-9].txt\nte?t\n");
        assertThat(d.matches("__pycache__/x.pyc")).isTrue();
        assertThat(d.matches("a/b/__pycache__/x.pyc")).isTrue();
        assertThat(d.matches("debug.log")).isTrue();
        assertThat(d.matches("var/log/app.log")).isTrue();
        assertThat(d.matches("docs/a/b.md")).isTrue();
        assertThat(d.matches("docs")).as("docs/** needs something below docs").isFalse();
        assertThat(d.matches("file7.txt")).isTrue();
        assertThat(d.matches("filex.txt")).isFalse();
        assertThat(d.matches("test")).isTrue();
        assertThat(d.matches("te/t")).isFalse();
    }

    @Test
    void lastMatchingPatternWins() {
        Dockerignore d = ignore("*.md\n!README.md\nREADME*\n.env*\n!.env.example\n");
        assertThat(d.matches("CHANGES.md")).isTrue();
        assertThat(d.matches("README.md")).as("excluded again by README*").isTrue();
        assertThat(d.matches(".env")).isTrue();
        assertThat(d.matches(".env.local")).isTrue();
        assertThat(d.matches(".env.example")).isFalse();
        assertThat(d.deciding(".env.example").map(Dockerignore.Pattern::text)).contains(".env.example");
    }

    @Test
    void exceptionInsideAnExcludedFolder() {
        Dockerignore d = ignore("node_modules\n!node_modules/keep\n");
        assertThat(d.matches("node_modules/x/index.js")).isTrue();
        assertThat(d.matches("node_modules/keep")).isFalse();
        assertThat(d.matches("node_modules/keep/a.js")).isFalse();
    }

    @Test
    void everythingButAndEmpty() {
        Dockerignore d = ignore("*\n!src\n!requirements.txt\n");
        assertThat(d.matches("src/app.py")).isFalse();
        assertThat(d.matches("requirements.txt")).isFalse();
        assertThat(d.matches(".env")).isTrue();
        assertThat(ignore("").matches(".env")).isFalse();
        assertThat(ignore("./\n").matches("a")).isFalse();
    }
}
