package dev.stacklint.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Mutated Dockerfiles, Compose files, .env files and Python entry files from the fixture corpus: linting never
 * throws, every finding is inside its file, the output is the same twice. {@code -Pfuzz} runs the longer
 * {@link FuzzLoop}.
 */
class FuzzProperties {
    private static final List<FuzzCase> SEEDS = FuzzCase.seeds();
    private Path dir;

    @Property(tries = 150)
    void mutatedFilesLintCleanly(@ForAll("cases") FuzzCase c) throws IOException {
        dir = Files.createTempDirectory("stacklint-fuzz");
        c.check(dir);
    }

    @Property(tries = 50)
    void everySeedLintsCleanlyAsItIs(@ForAll("seeds") FuzzCase c) throws IOException {
        dir = Files.createTempDirectory("stacklint-fuzz");
        c.check(dir);
    }

    @AfterTry
    void cleanUp() throws IOException {
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1).flatMap(i -> Arbitraries.longs()
                .map(seed -> SEEDS.get(i).mutate(new Random(seed))));
    }

    @Provide
    Arbitrary<FuzzCase> seeds() {
        return Arbitraries.of(SEEDS);
    }
}
