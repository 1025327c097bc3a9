package dev.stacklint.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stacklint.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SARIF reports validate against the OASIS SARIF 2.1.0 schema (from ../shared/reference; tests only). */
class SarifSchemaTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        Path file = TestPaths.shared("reference/sarif-schema-2.1.0.json");
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(file), InputFormat.JSON);
    }

    static List<String> errors(String sarif) {
        return schema.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    @Test
    void theSampleReportValidates() {
        String sarif = GoldenTest.render(new SarifFormatter(), SampleReport.report());
        assertThat(sarif).contains("\"relatedLocations\"");
        assertThat(errors(sarif)).isEmpty();
    }

    @Test
    void aProjectLintedEndToEndValidates() {
        String sarif = GoldenTest.render(new SarifFormatter(), ProjectReport.report());
        assertThat(sarif).contains("\"ruleId\" : \"DL3006\"");
        assertThat(errors(sarif)).isEmpty();
    }

    @Test
    void anEmptyReportValidates() {
        Report empty = new Report("dev", List.of(), List.of(), SampleReport.rules(), SampleReport.ROOT, 0);
        assertThat(errors(GoldenTest.render(new SarifFormatter(), empty))).isEmpty();
    }

    @Test
    void theSchemaCatchesABrokenRelatedLocation() {
        String sarif = GoldenTest.render(new SarifFormatter(), SampleReport.report()).replace("\"id\" : 0,", "\"id\" : -2,");
        assertThat(errors(sarif)).anyMatch(e -> e.contains("id"));
    }

    @Test
    void theSchemaCatchesABrokenReport() {
        String sarif = GoldenTest.render(new SarifFormatter(), SampleReport.report()).replace("\"startLine\" : 1,", "\"startLine\" : 0,");
        assertThat(errors(sarif)).anyMatch(e -> e.contains("startLine"));
    }
}
