package dev.stacklint.report;

import dev.stacklint.TestPaths;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every output format over the same findings, compared byte for byte with {@code src/test/resources/golden/}: a
 * fixed set of findings built directly ({@link SampleReport}) and a small project linted end to end
 * ({@link ProjectReport}).
 * {@code -Dstacklint.bless=true} rewrites the golden files (review them with {@code git diff}).
 */
class GoldenTest {
    private static final boolean BLESS = Boolean.getBoolean("stacklint.bless");

    static Path golden(String name) {
        return TestPaths.root().resolve("src/test/resources/golden").resolve(name);
    }

    static String render(Formatter formatter, Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            formatter.write(report, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String extension(OutputFormat f) {
        return switch (f) {
            case TEXT, GNU, COMPACT, GITHUB -> "txt";
            case JSON, GITLAB -> "json";
            case SARIF -> "sarif";
            case CHECKSTYLE -> "xml";
        };
    }

    static void compare(String actual, Path expectedFile) throws IOException {
        if (BLESS) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("golden file %s (run with -Dstacklint.bless=true to create it)", expectedFile).exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesItsGoldenFile() {
        List<DynamicTest> tests = new ArrayList<>();
        for (OutputFormat f : OutputFormat.values()) {
            tests.add(DynamicTest.dynamicTest(f.label(), () ->
                    compare(render(f.formatter(false), SampleReport.report()), golden("sample." + f.label() + "." + extension(f)))));
        }
        tests.add(DynamicTest.dynamicTest("text on a terminal", () ->
                compare(render(OutputFormat.TEXT.formatter(true), SampleReport.report()), golden("sample.text-terminal.txt"))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aProjectLintedEndToEndMatchesItsGoldenFileInEveryFormat() {
        List<DynamicTest> tests = new ArrayList<>();
        for (OutputFormat f : OutputFormat.values()) {
            tests.add(DynamicTest.dynamicTest(f.label(), () ->
                    compare(ProjectReport.render(f.formatter(false)), golden("project." + f.label() + "." + extension(f)))));
        }
        return tests.stream();
    }
}
