package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the golden files cannot say on their own: escaping rules, well-formedness, stable fingerprints. */
class FormatDetailsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void githubEscapesPercentLineBreaksAndPropertySeparators() {
        assertThat(GithubFormatter.data("100% a\r\nb:c,d")).isEqualTo("100%25 a%0D%0Ab:c,d");
        assertThat(GithubFormatter.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
        SourceFile odd = new SourceFile(Path.of("/repo/we,ird:name/compose.yaml"), "we,ird:name/compose.yaml", "x: 1\n");
        Report report = new Report("dev", List.of(odd), List.of(new Finding(SampleReport.PORT, Severity.WARNING, odd,
                SampleReport.span(odd, 1, 1, 1, 2), "m")), SampleReport.rules(), SampleReport.ROOT, 0);
        assertThat(GoldenTest.render(new GithubFormatter(), report))
                .isEqualTo("::warning file=we%2Cird%3Aname/compose.yaml,line=1,col=1,endLine=1,endColumn=2,"
                        + "title=SL901 sample-published-port::m\n");
    }

    @Test
    void checkstyleIsWellFormedXmlWithOneErrorPerFinding() throws Exception {
        String xml = GoldenTest.render(new CheckstyleFormatter(), SampleReport.report());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList errors = doc.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(SampleReport.findings().size());
        Element mode = (Element) errors.item(4);
        assertThat(mode.getAttribute("source")).isEqualTo("SL902");
        assertThat(mode.getAttribute("severity")).isEqualTo("error");
        assertThat(mode.getAttribute("message")).startsWith("network_mode <\"bridge,host\"> & 'x' is not valid see: ");
        assertThat(doc.getElementsByTagName("file").getLength()).isEqualTo(3);
    }

    @Test
    void gitlabHasTheRequiredFieldsAndUniqueFingerprints() {
        JsonNode issues = JSON.readTree(GoldenTest.render(new GitlabFormatter(), SampleReport.report()));
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : issues) {
            assertThat(issue.get("description").asString()).isNotBlank();
            assertThat(issue.get("check_name").asString()).matches("SL\\d{3}");
            assertThat(issue.get("severity").asString()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.at("/location/path").asString()).isIn("app/Dockerfile", "docker-compose.yml");
            assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
            assertThat(fingerprints.add(issue.get("fingerprint").asString())).isTrue();
        }
        assertThat(issues.get(4).get("severity").asString()).isEqualTo("critical");
    }

    @Test
    void fingerprintsStayWhenUnrelatedLinesMoveAndChangeWhenTheFlaggedLineDoes() {
        String text = "services:\n  web:\n    image: nginx\n";
        SourceFile before = new SourceFile(Path.of("/repo/compose.yaml"), "compose.yaml", text);
        SourceFile moved = new SourceFile(Path.of("/repo/compose.yaml"), "compose.yaml", "# a comment\n\n" + text);
        SourceFile edited = new SourceFile(Path.of("/repo/compose.yaml"), "compose.yaml", text.replace("nginx", "httpd"));
        assertThat(fingerprintOfImageLine(moved, 5)).isEqualTo(fingerprintOfImageLine(before, 3));
        assertThat(fingerprintOfImageLine(edited, 3)).isNotEqualTo(fingerprintOfImageLine(before, 3));
    }

    private static String fingerprintOfImageLine(SourceFile file, int line) {
        Finding f = new Finding(SampleReport.PORT, Severity.WARNING, file, SampleReport.span(file, line, 5, line, 17), "m");
        return Fingerprints.of(new Report("dev", List.of(file), List.of(f), List.of(), SampleReport.ROOT, 0)).get(0);
    }

    @Test
    void theCodeFrameKeepsTabsSoTheCaretsLineUp() {
        SourceFile tabs = new SourceFile(Path.of("/repo/Dockerfile"), "Dockerfile", "RUN\tapt-get update\n");
        Finding f = new Finding(ParseRules.DOCKERFILE_SYNTAX.meta(), Severity.ERROR, tabs, SampleReport.span(tabs, 1, 5, 1, 12), "m");
        String text = GoldenTest.render(new TextFormatter(true), new Report("dev", List.of(tabs), List.of(f), List.of(),
                SampleReport.ROOT, 0)).replaceAll("\u001b\\[[0-9;]*m", "");
        assertThat(text).contains(" 1 | RUN\tapt-get update\n   |    \t^^^^^^^\n");
    }

    @Test
    void plainTextHasNoEscapeSequencesAndNoFrames() {
        String text = GoldenTest.render(new TextFormatter(false), SampleReport.report());
        assertThat(text).doesNotContain("\u001b").doesNotContain(" | ");
        assertThat(text).endsWith("8 problems in 3 files (1 error, 4 warnings, 2 info, 1 style); 2 suppressed\n");
    }

    @Test
    void sarifNamesFilesOutsideTheRootByAbsoluteUri() {
        SourceFile outside = new SourceFile(Path.of("/elsewhere/my file/Dockerfile"), "/elsewhere/my file/Dockerfile", "FROM x\n");
        Finding f = new Finding(SampleReport.FROM, Severity.STYLE, outside, SampleReport.span(outside, 1, 1, 1, 5), "m");
        JsonNode sarif = JSON.readTree(GoldenTest.render(new SarifFormatter(),
                new Report("dev", List.of(outside), List.of(f), SampleReport.rules(), SampleReport.ROOT, 0)));
        JsonNode artifact = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.get("uri").asString()).isEqualTo("file:///elsewhere/my%20file/Dockerfile");
        assertThat(artifact.has("uriBaseId")).isFalse();
        assertThat(sarif.at("/runs/0/results/0/ruleIndex").asInt()).isEqualTo(3);
    }

    @Test
    void sarifTakesTheRuleHelpFromItsDoc() {
        JsonNode sarif = JSON.readTree(GoldenTest.render(new SarifFormatter(), SampleReport.report()));
        JsonNode rule = sarif.at("/runs/0/tool/driver/rules/5");
        assertThat(rule.get("id").asString()).isEqualTo("SL006");
        assertThat(rule.at("/help/markdown").asString()).startsWith("# SL006 unused-suppression\n");
        assertThat(rule.at("/fullDescription/text").asString()).startsWith("Finds suppression comments that silence nothing");
        assertThat(rule.at("/defaultConfiguration/level").asString()).isEqualTo("note");
    }
}
