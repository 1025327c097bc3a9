package dev.stacklint.compose;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.engine.LoadFindings;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Rule;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.source.SourceFile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The loader and the compose rules never throw, whatever the text, and every finding lies inside its file. */
class LoaderPropertiesTest {
    private static final String SAMPLE = """
            version: "3.8"
            x-base: &base
              restart: always
            services:
              web:
                <<: *base
                build: {context: ., args: [A=1]}
                image: app:${TAG:-1}
                ports: ["127.0.0.1:8000:5000/udp", 3000]
                volumes: [./src:/app:ro, data:/data, /tmp]
                environment: [A=1, B]
                depends_on: {db: {condition: service_healthy}}
                command: gunicorn app:app
                healthcheck: {test: ["CMD", "true"]}
                extends: db
              db:
                image: postgres
                env_file: [.env]
            volumes: {data: {}}
            """;

    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of(SAMPLE));
        try (Stream<Path> files = Files.walk(TestPaths.shared("corpus/compose/awesome-compose"))) {
            files.filter(Files::isRegularFile).sorted().limit(20).forEach(p -> {
                try {
                    samples.add(Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars(":-[]{}&*!|>'\"#\t\n\r ${}<>=,.%@`~?\\").withCharRange('a', 'e')
                .withChars('\uFEFF', '\u00e9', '\uD83D', '\uDE00').ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> mutatedCompose() {
        Arbitrary<String> sample = Arbitraries.of(samples());
        Arbitrary<String> insert = Arbitraries.of(":", "- ", "[", "{", "}", "&a ", "*a", "<<: ", "!reset ", "\t", "\"",
                "'", "${", "$", "\n  ", "\n", "#", "? ", "|", "services:\n", "ports: [x]\n", "  a: b\n  a: c\n");
        return Combinators.combine(sample, Arbitraries.integers().between(0, 100_000), insert,
                Arbitraries.integers().between(0, 3)).as((text, at, piece, kind) -> {
                    int i = at % (text.length() + 1);
                    return switch (kind) {
                        case 0 -> text.substring(0, i) + piece + text.substring(i);
                        case 1 -> text.substring(0, i) + text.substring(Math.min(text.length(), i + piece.length()));
                        case 2 -> text.substring(0, i);
                        default -> text.substring(0, i) + piece + text.substring(Math.min(text.length(), i + 1));
                    };
                });
    }

    @Property(tries = 300)
    void arbitraryTextNeverBreaksTheLoader(@ForAll("yamlish") String text) {
        check(text);
    }

    @Property(tries = 300)
    void mutatedComposeFilesNeverBreakTheLoader(@ForAll("mutatedCompose") String text) {
        check(text);
    }

    private static void check(String text) {
        SourceFile file = new SourceFile(Path.of("/nowhere/compose.yaml"), "compose.yaml", text);
        List<Finding> first = lint(file);
        for (Finding f : first) {
            assertThat(f.file()).isSameAs(file);
            assertThat(f.span().start()).isBetween(0, file.text().length());
            assertThat(f.span().end()).isBetween(f.span().start(), file.text().length());
            assertThat(f.message()).isNotBlank();
        }
        assertThat(lint(file)).as("deterministic").isEqualTo(first);
    }

    private static List<Finding> lint(SourceFile file) {
        ComposeLoad load = ComposeLoader.load(List.of(file), Map.of("TAG", "2"));
        List<Finding> findings = new ArrayList<>(LoadFindings.of(load.problems()));
        ComposeProject project = load.project().orElseThrow();
        project.services().values().forEach(s -> {
            assertThat(s.origin().span().end()).isLessThanOrEqualTo(file.text().length());
            s.ports().forEach(p -> assertThat(p.target().span().end()).isLessThanOrEqualTo(file.text().length()));
        });
        for (Rule rule : BuiltinRules.all()) {
            if (rule instanceof ComposeRule r) {
                r.check(project, TestRules.CONTEXT, new Reporter(r.meta(), null, findings::add));
            }
        }
        return findings;
    }
}
