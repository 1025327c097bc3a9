package dev.stacklint.nginx;

import dev.stacklint.project.TemplateTags;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nginx reader on every nginx configuration of the real-world corpus: each one is read without an exception
 * and without a syntax error, includes, comments, quoting, {@code map} and {@code upstream} blocks and all. A Jinja
 * or Go template of one (weblate's {@code default.tpl}) is no configuration until it is rendered.
 */
class NginxCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/realworld");
    /** A block nginx configurations open at their top level or in {@code http}. */
    private static final Pattern NGINX = Pattern.compile(
            "(?m)^\\s*(server|http|events|upstream|location|map)\\b[^\\n{;]*\\{");

    @Test
    void everyNginxConfigurationOfTheCorpusIsRead() throws IOException {
        List<Path> confs;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            confs = files.filter(Files::isRegularFile).filter(NginxCorpusTest::nginxConfiguration).sorted().toList();
        }
        assertThat(confs).hasSizeGreaterThanOrEqualTo(15);
        for (Path p : confs) {
            NginxConf conf = NginxParser.parse(SourceFile.of(p.toString(), Files.readString(p)));
            assertThat(conf.errors()).as(p.toString()).isEmpty();
            assertThat(conf.statements()).as(p.toString()).isNotEmpty();
        }
    }

    private static boolean nginxConfiguration(Path p) {
        String name = p.getFileName().toString();
        if (!(name.endsWith(".conf") || name.endsWith(".tpl") || name.endsWith(".template"))) {
            return false;
        }
        try {
            String text = Files.readString(p);
            return NGINX.matcher(text).find() && TemplateTags.first(text).isEmpty();
        } catch (IOException e) {
            return false; // not UTF-8 text: no nginx configuration
        }
    }
}
