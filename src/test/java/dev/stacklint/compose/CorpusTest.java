package dev.stacklint.compose;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.engine.LoadFindings;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Rule;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rules.StackRulesCorpusTest;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every compose file of the shared corpus loads and goes through every compose rule without an exception (rules
 * are called directly here, so a crash fails the test instead of being logged), and the awesome-compose samples,
 * valid working files, get only the findings their text justifies.
 */
class CorpusTest {
    /** A tag that names a channel, not a version (the built-in floating-tags), alone or before a variant. */
    private static final Pattern FLOATING_TAG = Pattern.compile(
            "(?i):(latest|stable|lts|edge|nightly|mainline|current|rolling|alpine)(-[^/:]*)?$");
    private static final Pattern IMAGE_LINE = Pattern.compile("(?m)^\\s+image:\\s*[\"']?([^\"'\\s#]+)");

    private record Linted(SourceFile file, ComposeProject project, List<Finding> findings) {
        List<Finding> of(String code) {
            return findings.stream().filter(f -> f.rule().code().equals(code)).toList();
        }
    }

    private static Path corpus() {
        Path corpus = TestPaths.shared("corpus/compose");
        return corpus;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Linted lint(Path path) throws IOException {
        SourceFile file = SourceFile.read(path, corpus().relativize(path).toString());
        ComposeLoad load = ComposeLoader.load(List.of(file), Map.of());
        List<Finding> findings = new ArrayList<>(LoadFindings.of(load.problems()));
        ComposeProject project = load.project().orElseThrow();
        for (Rule rule : BuiltinRules.all()) {
            if (rule instanceof ComposeRule r && r.meta().enabledByDefault()) {
                r.check(project, TestRules.CONTEXT, new Reporter(r.meta(), null, findings::add));
            }
        }
        for (Finding f : findings) {
            assertThat(f.span().end()).as("%s in %s", f.message(), f.file()).isLessThanOrEqualTo(f.file().text().length());
        }
        return new Linted(file, project, findings);
    }

    @Test
    void everyCorpusFileIsLintedWithoutAnException() throws IOException {
        List<Path> paths = files(corpus());
        Map<String, Integer> byCode = new TreeMap<>();
        int notLoaded = 0;
        for (Path p : paths) {
            Linted linted = lint(p);
            linted.findings().forEach(f -> byCode.merge(f.rule().code(), 1, Integer::sum));
            notLoaded += linted.of("SL001").isEmpty() && linted.of("SL002").isEmpty() ? 0 : 1;
        }
        System.out.printf("corpus: %d compose files linted, %d could not be loaded (YAML syntax, duplicate keys or"
                + " limits); findings by code %s%n", paths.size(), notLoaded, byCode);
        assertThat(paths).hasSizeGreaterThan(600);
        assertThat(notLoaded).isLessThan(10);
    }

    /**
     * Security warnings a reviewer agrees with on these samples (none is an error): Plex documents host networking
     * for its network discovery, which still shares the host's network and every port on it; Portainer and
     * Traefik mount the Docker socket, which is the API of the host's daemon; the WireGuard sample adds
     * SYS_MODULE so that the container can load a kernel module into the host.
     */
    private static final Set<String> JUSTIFIED = Set.of("awesome-compose/plex/compose.yaml SL233",
            "awesome-compose/portainer/compose.yaml SL231", "awesome-compose/traefik-golang/compose.yaml SL231",
            "awesome-compose/wireguard/compose.yaml SL234");

    /** The rules of the stack issue are checked against the same samples in {@link StackRulesCorpusTest}. */
    @Test
    void awesomeComposeSamplesGetOnlyJustifiedFindings() throws IOException {
        Set<String> versioned = new TreeSet<>();
        Set<String> expectedVersioned = new TreeSet<>();
        int untagged = 0;
        for (Path p : files(corpus().resolve("awesome-compose"))) {
            Linted linted = lint(p);
            String name = linted.file().displayPath();
            assertThat(linted.findings()).as(name)
                    .filteredOn(f -> !StackRulesCorpusTest.CODES.contains(f.rule().code()))
                    .allMatch(f -> Set.of("SL202", "SL206").contains(f.rule().code())
                            || JUSTIFIED.contains(name + " " + f.rule().code()));
            if (!linted.of("SL202").isEmpty()) {
                versioned.add(name);
            }
            if (Pattern.compile("(?m)^version:").matcher(linted.file().text()).find()) {
                expectedVersioned.add(name);
            }
            // the lines the text says hold a floating image that is pulled, found without the rule's code
            List<String> expected = new ArrayList<>();
            Matcher m = IMAGE_LINE.matcher(linted.file().text());
            while (m.find()) {
                String ref = m.group(1);
                int line = linted.file().position(m.start(1)).line();
                boolean floating = !ref.contains("$") && !ref.contains("@") && (ref.lastIndexOf(':') < ref.lastIndexOf('/')
                        || !ref.contains(":") || FLOATING_TAG.matcher(ref).find());
                boolean built = linted.project().services().values().stream().anyMatch(s -> s.build().isPresent()
                        && s.image().map(i -> i.origin().start().line() == line).orElse(false));
                if (floating && !built) {
                    expected.add(line + " " + ref);
                }
            }
            assertThat(linted.of("SL206").stream().map(f -> f.start().line() + " " + linted.file().slice(f.span())
                    .replaceAll("^[\"']|[\"']$", "")).sorted().toList()).as(name)
                    .containsExactlyElementsOf(expected.stream().sorted().toList());
            untagged += expected.size();
        }
        assertThat(versioned).isEqualTo(expectedVersioned).hasSize(2);
        assertThat(untagged).as("floating image tags the text shows in awesome-compose").isGreaterThan(20);
        System.out.printf("awesome-compose: SL202 in %s; %d floating image tags (SL206); no other finding%n",
                versioned, untagged);
    }
}
