package dev.stacklint.rule;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.rules.BuiltinRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule has a doc in rules/, every doc a rule, and single-file examples really fire / stay quiet. */
class RuleDocsTest {
    private static final Pattern DOC_NAME = Pattern.compile("(SL\\d{3}|DL\\d{4})\\.md");
    private static final Pattern FENCE = Pattern.compile("```(dockerfile|yaml|Dockerfile)\\s*\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path tmp;

    private static Path docs() {
        return TestPaths.root().resolve("rules");
    }

    @Test
    void everyRuleHasADocAndEveryDocARule() throws IOException {
        Set<String> codes = new HashSet<>();
        for (Rule r : BuiltinRules.all()) {
            codes.add(r.meta().code());
            assertThat(docs().resolve(r.meta().code() + ".md")).as("doc for %s", r.meta().code()).exists();
        }
        try (Stream<Path> files = Files.list(docs())) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                Matcher m = DOC_NAME.matcher(f.getFileName().toString());
                assertThat(m.matches()).as("%s is named CODE.md", f.getFileName()).isTrue();
                assertThat(codes).as("rule for %s", f.getFileName()).contains(m.group(1));
            }
        }
    }

    @Test
    void codesAndNamesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Rule r : BuiltinRules.all()) {
            assertThat(seen.add(r.meta().code())).as("code %s once", r.meta().code()).isTrue();
            assertThat(seen.add(r.meta().name())).as("name %s once", r.meta().name()).isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> docsHaveTheirSectionsAndExamplesBehave() {
        return BuiltinRules.all().stream().map(r -> DynamicTest.dynamicTest(r.meta().code(), () -> checkDoc(r.meta())));
    }

    private void checkDoc(RuleMeta meta) throws IOException {
        String doc = Files.readString(docs().resolve(meta.code() + ".md"));
        assertThat(doc).startsWith("# " + meta.code() + " " + meta.name() + "\n");
        assertThat(doc).contains("Default severity: " + meta.severity().label());
        assertThat(doc).as("%s names its target", meta.code()).contains("Target: " + meta.target().label());
        assertThat(doc).contains("## Why", "## Bad", "## Good", "## How to silence");
        // a dclint name (the only aliases in kebab case) is named in the doc, for users who come from dclint
        meta.aliases().stream().filter(a -> a.matches("[a-z]+(-[a-z]+)+"))
                .forEach(a -> assertThat(doc).as("%s names its dclint alias", meta.code()).contains("`" + a + "`"));
        if (meta.fixable() != null) {
            assertThat(doc).as(meta.code() + " says what its fix does").contains("## Fix\nFix: ");
        }
        for (String heading : List.of("## Bad", "## Good")) {
            assertThat(untaggedFences(section(doc, heading))).as("%s %s: every code fence names its language "
                    + "(dockerfile, yaml, or text when it is not an example to run)", meta.code(), heading).isEmpty();
        }
        Optional<String> config = configuration(doc);
        Optional<String[]> bad = example(doc, "## Bad");
        Optional<String[]> good = example(doc, "## Good");
        List<String> missing = EXAMPLES_SPAN_SEVERAL_FILES.contains(meta.code()) ? List.of("", "")
                : List.of(bad.isPresent() ? "" : "Bad", good.isPresent() ? "" : "Good");
        assertThat(missing).as("%s: the sections whose example is not a yaml or dockerfile fence (list the rule in"
                + " NOT_LINTED, with its reason, if it cannot have one)", meta.code())
                .isEqualTo(NOT_LINTED.getOrDefault(meta.code(), List.of("", "")));
        bad.filter(ex -> runnable(meta, ex))
                .ifPresent(ex -> assertThat(lint(meta, ex, config, "bad")).as("%s bad example fires", meta.code()).isPositive());
        good.filter(ex -> runnable(meta, ex))
                .ifPresent(ex -> assertThat(lint(meta, ex, config, "good")).as("%s good example is quiet", meta.code()).isZero());
    }

    /**
     * The rules whose Bad or Good example cannot be a file to lint, each for a reason (the sections named; "" for
     * one that has an example): their fixtures cover them.
     */
    private static final Map<String, List<String>> NOT_LINTED = Map.of(
            "DL3026", List.of("Bad", ""), // it fires only with trusted-registries configured
            "SL007", List.of("Bad", ""), // a byte that is not UTF-8 cannot stand in a Markdown fence
            "SL010", List.of("Bad", "Good"), // a file past an input limit (20 MB) is no example to paste
            "SL012", List.of("Bad", "Good")); // it fires only when a rule has a bug

    /**
     * The stack rules whose examples need the files around them (the Dockerfile a service builds, the app it runs):
     * their fixtures cover them. Every other rule's examples are linted, each as one file.
     */
    private static final Set<String> EXAMPLES_SPAN_SEVERAL_FILES = Set.of("SL118", "SL301", "SL302", "SL303", "SL304", "SL306",
            "SL310", "SL311", "SL312", "SL313", "SL314", "SL318");

    private static boolean runnable(RuleMeta meta, String[] example) {
        if (EXAMPLES_SPAN_SEVERAL_FILES.contains(meta.code())) {
            assertThat(meta.target()).as("%s is listed as a stack or workflow rule", meta.code())
                    .isIn(Target.STACK, Target.WORKFLOW);
            return false;
        }
        assertThat(example[0]).as("%s: its first example is a yaml or dockerfile fence", meta.code())
                .isIn("yaml", "dockerfile");
        return true;
    }

    /**
     * The configuration a rule's examples need (the label schema of DL3049...): a yaml fence anywhere in the doc
     * whose first line is {@code # .stacklint.yaml}.
     */
    private static Optional<String> configuration(String doc) {
        Matcher m = FENCE.matcher(doc);
        while (m.find()) {
            if (m.group(1).equals("yaml") && m.group(2).startsWith("# .stacklint.yaml\n")) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    /** The first fenced example in a section, with the file kind its fence names. */
    private static Optional<String[]> example(String doc, String heading) {
        Matcher m = FENCE.matcher(section(doc, heading));
        return m.find() ? Optional.of(new String[] {m.group(1).toLowerCase(), m.group(2)}) : Optional.empty();
    }

    /** The text from {@code heading} to the next second-level heading; empty when there is no such heading. */
    private static String section(String doc, String heading) {
        int at = doc.indexOf(heading);
        if (at < 0) {
            return "";
        }
        int next = doc.indexOf("\n## ", at + heading.length());
        return doc.substring(at, next < 0 ? doc.length() : next);
    }

    /** The opening fence lines (a fence opens, the next one closes) that name no language. */
    static List<String> untaggedFences(String section) {
        List<String> untagged = new java.util.ArrayList<>();
        boolean open = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("```")) {
                if (!open && line.strip().equals("```")) {
                    untagged.add(line);
                }
                open = !open;
            }
        }
        return untagged;
    }

    @Test
    void anUntaggedFenceIsFoundAndATaggedOneIsNot() {
        assertThat(untaggedFences("## Bad\n```\nFROM x\n```\n")).containsExactly("```");
        assertThat(untaggedFences("## Bad\n```dockerfile\nFROM x\n```\n```text\nnote\n```\n")).isEmpty();
    }

    /** A yaml example whose first line is {@code # .github/workflows/NAME.yml} (or {@code # .gitlab-ci.yml}) is that file. */
    private static Optional<String> workflowPath(String example) {
        Matcher m = Pattern.compile("^# (\\.github/workflows/[\\w.-]+\\.ya?ml|\\.gitlab-ci\\.yml)\n").matcher(example);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private long lint(RuleMeta meta, String[] example, Optional<String> config, String which) {
        try {
            Path dir = Files.createDirectories(tmp.resolve(meta.code() + "-" + which));
            if (config.isPresent()) {
                Files.writeString(dir.resolve(".stacklint.yaml"), config.get());
            }
            Path file = dir.resolve(example[0].equals("yaml") ? workflowPath(example[1]).orElse("compose.yaml")
                    : "Dockerfile");
            Files.createDirectories(file.getParent());
            Files.writeString(file, example[1]);
            LintResult result = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(),
                    r -> r.matches(meta.code()), Map.of(), dir).withConfig(TestRules.selecting(meta.code(), dir)));
            return result.findings().size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
