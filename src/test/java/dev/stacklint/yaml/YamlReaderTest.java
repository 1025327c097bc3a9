package dev.stacklint.yaml;

import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.engine.LoadFindings;
import dev.stacklint.rule.Finding;
import dev.stacklint.source.Limits;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YamlReaderTest {

    private final Problems problems = new Problems();

    private static SourceFile file(String text) {
        return new SourceFile(Path.of("/nowhere/compose.yaml"), "compose.yaml", text);
    }

    private List<YamlNode> read(String text) {
        return YamlReader.read(file(text), problems);
    }

    private YamlMapping root(String text) {
        List<YamlNode> docs = read(text);
        assertThat(docs).hasSize(1);
        return (YamlMapping) docs.get(0);
    }

    private static Position at(YamlNode node) {
        return node.origin().start();
    }

    private Finding onlyFinding(String code) {
        assertThat(LoadFindings.of(problems.all())).hasSize(1);
        Finding f = LoadFindings.of(problems.all()).get(0);
        assertThat(f.rule().code()).isEqualTo(code);
        return f;
    }

    @Test
    void keysAndValuesKeepTheirPositions() {
        YamlMapping root = root("services:\n  web:\n    image: \"nginx:1.27\"\n");
        YamlMapping web = root.mapping("services").orElseThrow().mapping("web").orElseThrow();
        YamlEntry image = web.entry("image").orElseThrow();
        assertThat(at(image.key())).isEqualTo(new Position(3, 5));
        YamlScalar value = (YamlScalar) image.value();
        assertThat(at(value)).isEqualTo(new Position(3, 12));
        assertThat(value.origin().file().slice(value.origin().span())).isEqualTo("\"nginx:1.27\"");
        assertThat(value.spanOf(6, 10)).satisfies(s -> assertThat(value.origin().file().slice(s)).isEqualTo("1.27"));
        assertThat(LoadFindings.of(problems.all())).isEmpty();
    }

    @Test
    void scalarsGetCoreSchemaKinds() {
        YamlMapping root = root("a: 8080\nb: \"8080\"\nc: true\nd: ~\ne: 1.5\nf: yes\n");
        assertThat(root.scalar("a").orElseThrow().kind()).isEqualTo(ScalarKind.INT);
        assertThat(root.scalar("b").orElseThrow().kind()).isEqualTo(ScalarKind.STRING);
        assertThat(root.scalar("c").orElseThrow().kind()).isEqualTo(ScalarKind.BOOL);
        assertThat(root.get("d").orElseThrow().isNull()).isTrue();
        assertThat(root.scalar("e").orElseThrow().kind()).isEqualTo(ScalarKind.FLOAT);
        assertThat(root.scalar("f").orElseThrow().kind()).isEqualTo(ScalarKind.STRING);
    }

    @Test
    void aliasesExpandToTheAnchoredNodeAndPointAtWhereItIsWritten() {
        YamlMapping root = root("x-env: &env\n  A: \"1\"\nservices:\n  web:\n    environment: *env\n");
        YamlMapping env = (YamlMapping) root.mapping("services").orElseThrow().mapping("web").orElseThrow()
                .get("environment").orElseThrow();
        assertThat(env.entry("A").map(e -> at(e.key()))).contains(new Position(2, 3));
    }

    @Test
    void mergeKeyTakesTheBaseAndExplicitKeysWin() {
        YamlMapping web = root("""
                x-base: &base
                  image: nginx
                  restart: always
                services:
                  web:
                    <<: *base
                    restart: "no"
                """).mapping("services").orElseThrow().mapping("web").orElseThrow();
        assertThat(web.entries()).extracting(YamlEntry::name).containsExactly("restart", "image");
        assertThat(web.scalar("restart").orElseThrow().value()).isEqualTo("no");
        assertThat(at(web.scalar("restart").orElseThrow())).isEqualTo(new Position(7, 14));
        assertThat(at(web.scalar("image").orElseThrow())).isEqualTo(new Position(2, 10));
        assertThat(LoadFindings.of(problems.all())).isEmpty();
    }

    @Test
    void mergeKeyListPrefersEarlierSources() {
        YamlMapping web = root("""
                x-a: &a {image: a, user: a}
                x-b: &b {image: b, restart: b}
                web:
                  <<: [*a, *b]
                """).mapping("web").orElseThrow();
        assertThat(web.scalar("image").orElseThrow().value()).isEqualTo("a");
        assertThat(web.scalar("user").orElseThrow().value()).isEqualTo("a");
        assertThat(web.scalar("restart").orElseThrow().value()).isEqualTo("b");
    }

    @Test
    void mergeKeyOfAScalarIsASyntaxFindingAtTheKey() {
        read("x: &x 5\nweb:\n  <<: *x\n");
        Finding f = onlyFinding("SL001");
        assertThat(f.message()).isEqualTo("a merge key `<<` takes a mapping or a list of mappings");
        assertThat(f.start()).isEqualTo(new Position(3, 3));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKey() {
        YamlMapping root = root("services:\n  web:\n    image: a\n    image: b\n");
        Finding f = onlyFinding("SL002");
        assertThat(f.start()).isEqualTo(new Position(4, 5));
        assertThat(f.end()).isEqualTo(new Position(4, 10));
        assertThat(f.message()).contains("`image`", "line 3");
        YamlMapping web = root.mapping("services").orElseThrow().mapping("web").orElseThrow();
        assertThat(web.scalar("image").orElseThrow().value()).isEqualTo("a");
    }

    @Test
    void tabIndentationIsASyntaxFindingAtTheTab() {
        assertThat(read("services:\n\tweb:\n")).isEmpty();
        Finding f = onlyFinding("SL001");
        assertThat(f.start()).isEqualTo(new Position(2, 1));
        assertThat(f.message()).contains("tab");
    }

    @Test
    void unterminatedQuoteIsASyntaxFindingAtSnakeYamlsMark() {
        read("services:\n  web:\n    image: \"nginx\n");
        Finding f = onlyFinding("SL001");
        assertThat(f.start()).isEqualTo(new Position(4, 1));
        assertThat(f.message()).contains("end of stream", "quoted scalar");
    }

    @Test
    void badIndentationIsASyntaxFinding() {
        read("services:\n  web:\n    image: a\n   ports: []\n");
        Finding f = onlyFinding("SL001");
        assertThat(f.start().line()).isEqualTo(4);
    }

    @Test
    void everyDocumentOfAStreamIsRead() {
        List<YamlNode> docs = read("services:\n  a: {}\n---\nservices:\n  b: {}\n");
        assertThat(docs).hasSize(2);
        assertThat(at(docs.get(1))).isEqualTo(new Position(4, 1));
    }

    @Test
    void anEmptyOrCommentOnlyFileHasNoDocuments() {
        assertThat(read("")).isEmpty();
        assertThat(read("# nothing here\n")).isEmpty();
        assertThat(LoadFindings.of(problems.all())).isEmpty();
    }

    @Test
    void aByteOrderMarkDoesNotShiftColumns() {
        SourceFile f = file("\uFEFFservices:\n  web: {image: a}\n");
        YamlMapping root = (YamlMapping) YamlReader.read(f, problems).get(0);
        assertThat(at(root.entry("services").orElseThrow().key())).isEqualTo(new Position(1, 1));
        assertThat(LoadFindings.of(problems.all())).isEmpty();
    }

    @Test
    void crlfLineEndsKeepLinesAndColumns() {
        YamlMapping web = root("services:\r\n  web:\r\n    image: nginx\r\n").mapping("services").orElseThrow()
                .mapping("web").orElseThrow();
        YamlScalar image = web.scalar("image").orElseThrow();
        assertThat(at(image)).isEqualTo(new Position(3, 12));
        assertThat(image.origin().file().slice(image.origin().span())).isEqualTo("nginx");
    }

    @Test
    void charactersOutsideTheBmpDoNotShiftLaterOffsets() {
        YamlMapping root = root("a: \"\uD83D\uDE00 x\"\nb: after\n");
        YamlScalar b = root.scalar("b").orElseThrow();
        assertThat(b.origin().file().slice(b.origin().span())).isEqualTo("after");
        YamlScalar a = root.scalar("a").orElseThrow();
        assertThat(a.origin().file().slice(a.spanOf(3, 4))).isEqualTo("x");
    }

    @Test
    void customComposeTagsAreKept() {
        YamlMapping root = root("a: !reset []\nb: !override {x: 1}\nc: !reset null\n");
        assertThat(root.get("a").orElseThrow().mergeTag()).isEqualTo(MergeTag.RESET);
        assertThat(root.get("b").orElseThrow().mergeTag()).isEqualTo(MergeTag.OVERRIDE);
        assertThat(root.get("c").orElseThrow().isNull()).isTrue();
    }

    @Test
    @Timeout(10)
    void aBillionLaughsDocumentIsRefusedNotExpanded() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        read(yaml.toString());
        Finding f = onlyFinding("SL001");
        assertThat(f.message()).isEqualTo("the document has more than 1000000 nodes, aliases expanded "
                + "(limits.yaml-nodes); it is not read past here");
        assertThat(f.start().column()).isEqualTo(1); // at the top-level key whose value expands too far
    }

    @Test
    @Timeout(10)
    void deepNestingIsRefused() {
        read("a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        Finding f = onlyFinding("SL001");
        assertThat(f.message()).contains("nests deeper than " + Limits.DEFAULT.yamlDepth());
        // the document's own mapping is the first level
        assertThat(f.start()).isEqualTo(new Position(1, 3 + Limits.DEFAULT.yamlDepth()));
    }

    @Test
    void aRecursiveAliasIsRefused() {
        read("a: &a\n  - *a\n");
        assertThat(onlyFinding("SL001").message()).containsAnyOf("recursive", "alias");
    }

    @Test
    @Timeout(20)
    void aLongScalarIsReadInLinearTime() {
        // SnakeYAML's reader copied its window at every buffer refill: a 4 MB scalar took tens of seconds
        List<YamlNode> docs = read("a: \"" + "x".repeat(4_000_000) + "\"\n");
        assertThat(LoadFindings.of(problems.all())).isEmpty();
        assertThat(((YamlMapping) docs.get(0)).scalar("a").orElseThrow().value()).hasSize(4_000_000);
    }

    @Test
    void theNodeLimitIsConfigurable() {
        SourceFile f = file("a: [1, 2, 3]\nb: [4, 5, 6]\n");
        YamlReader.read(f, problems, new Limits(1000, 1000, 7, 10, 10));
        Finding finding = onlyFinding("SL001");
        assertThat(finding.message()).startsWith("the document has more than 7 nodes");
        assertThat(finding.start()).isEqualTo(new Position(2, 1));
    }

    @Test
    void aCollectionKeyIsASyntaxFinding() {
        read("? [a, b]\n: c\n");
        assertThat(onlyFinding("SL001")).isNotNull();
    }
}
