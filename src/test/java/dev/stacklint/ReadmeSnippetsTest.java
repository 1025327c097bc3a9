package dev.stacklint;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's CI snippets are YAML their tools read, and pin one stacklint commit (no release is tagged): the
 * pre-commit {@code rev:}, the GitHub Actions and the GitLab {@code STACKLINT_COMMIT}; the GitLab job fetches
 * stacklint instead of expecting it in the repository.
 */
class ReadmeSnippetsTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\n(.*?)^```");

    @Test
    void theCiSnippetsParseAndPinTheSameCommit() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> blocks = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(readme);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        String preCommit = only(blocks, "repos:");
        String github = only(blocks, "upload-sarif");
        String gitlab = only(blocks, "codequality:");
        for (String block : List.of(preCommit, github, gitlab)) {
            assertThat(new Load(LoadSettings.builder().build()).loadFromString(block)).isInstanceOf(Map.class);
        }
        String commit = pinned(preCommit, "rev: ");
        assertThat(commit).matches("[0-9a-f]{40}");
        assertThat(pinned(github, "STACKLINT_COMMIT: ")).isEqualTo(commit);
        assertThat(pinned(gitlab, "STACKLINT_COMMIT: ")).isEqualTo(commit);
        assertThat(preCommit).contains("id: stacklint");
        assertThat(gitlab).contains("fetch -q --depth 1 https://github.com/stacklint/stacklint \"$STACKLINT_COMMIT\"")
                .doesNotContain("- ./stacklint ");
    }

    private static String only(List<String> blocks, String marker) {
        List<String> found = blocks.stream().filter(b -> b.contains(marker)).toList();
        assertThat(found).as("README yaml blocks with " + marker).hasSize(1);
        return found.get(0);
    }

    private static String pinned(String block, String key) {
        Matcher m = Pattern.compile(Pattern.quote(key) + "(\\S+)").matcher(block);
        assertThat(m.find()).as(key).isTrue();
        return m.group(1);
    }
}
