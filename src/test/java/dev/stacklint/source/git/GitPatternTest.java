package dev.stacklint.source.git;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GitPatternTest {
    @ParameterizedTest(name = "{0} vs {1} (dir {2}) -> {3}")
    @CsvSource({
            "build/, build, true, true",
            "build/, build, false, false",
            "build/, src/build, true, true",
            "/build, src/build, true, false",
            "/build, build, false, true",
            "*.log, a/b/c.log, false, true",
            "*.log, a/b/c.log.txt, false, false",
            "doc/*.txt, doc/a.txt, false, true",
            "doc/*.txt, doc/x/a.txt, false, false",
            "**/foo, foo, false, true",
            "**/foo, a/b/foo, false, true",
            "**/foo, a/bfoo, false, false",
            "a/**/b, a/b, false, true",
            "a/**/b, a/x/y/b, false, true",
            "a/**/b, a/xb, false, false",
            "abc/**, abc/x/y, false, true",
            "abc/**, abc, true, false",
            "'**', x/y, false, true",
            "file[0-9].txt, file7.txt, false, true",
            "file[!0-9].txt, file7.txt, false, false",
            "?.md, a.md, false, true",
            "?.md, ab.md, false, false",
            "\\#notes, #notes, false, true",
            "a*b*c*d*e*f, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, false, false",
    })
    void matchesAsGitDoes(String pattern, String path, boolean dir, boolean expected) {
        assertThat(GitPattern.parse(pattern, 1).orElseThrow().matches(path, dir)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "'# comment'", "'   '", "'!'"})
    void blankLinesAndCommentsAreNoPattern(String line) {
        assertThat(GitPattern.parse(line, 1)).isEmpty();
    }
}
