package dev.stacklint.compose;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every compose file of the shared corpus loads without an exception; prints what could not be loaded. */
class CorpusTest {

    static Path corpus() {
        Path root = Path.of(System.getProperty("stacklint.root", "."));
        return root.resolve("../shared/corpus/compose").normalize();
    }

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.walk(corpus())) {
            return s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyCorpusFileLoadsWithoutCrashing() throws IOException {
        assumeTrue(Files.isDirectory(corpus()), "shared corpus not present");
        List<Path> files = corpusFiles();
        Map<String, Integer> byCode = new TreeMap<>();
        int notLoaded = 0;
        for (Path p : files) {
            SourceFile file = SourceFile.read(p, corpus().relativize(p).toString());
            ComposeLoad r = ComposeLoader.load(List.of(file), Map.of());
            assertThat(r.project()).isPresent();
            boolean unreadable = false;
            for (Finding f : r.findings()) {
                byCode.merge(f.rule().code(), 1, Integer::sum);
                unreadable |= f.rule().code().equals("SL001") || f.rule().code().equals("SL002");
                assertThat(f.span().end()).isLessThanOrEqualTo(f.file().text().length());
                if (System.getProperty("corpus.verbose") != null) {
                    System.out.println(f.file() + ":" + f.start().line() + ":" + f.start().column() + " " + f.rule().code() + " " + f.message());
                }
            }
            notLoaded += unreadable ? 1 : 0;
        }
        System.out.printf("corpus: %d compose files, %d could not be loaded (YAML syntax/duplicate keys); findings by code %s%n",
                files.size(), notLoaded, byCode);
        assertThat(files).hasSizeGreaterThan(600);
    }
}
