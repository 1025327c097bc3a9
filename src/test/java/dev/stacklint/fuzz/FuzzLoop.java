package dev.stacklint.fuzz;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded mutation loop of {@code mvn verify -Pfuzz} (not in the default suite): {@code fuzz.iterations}
 * mutants (default 2000) from seed {@code fuzz.seed}, each mutated again from the last one that passed. A failing
 * input is saved under src/test/resources/fuzz-regressions/ (commit it: {@link FuzzProperties} lints it from
 * then on) and the loop fails at the end with every failure.
 */
class FuzzLoop {
    @Test
    void mutateTheCorpus() throws Exception {
        int iterations = Integer.getInteger("fuzz.iterations", 2000);
        Random random = new Random(Long.getLong("fuzz.seed", 1L));
        List<FuzzCase> seeds = FuzzCase.seeds();
        List<String> failures = new ArrayList<>();
        FuzzCase current = seeds.get(0);
        for (int i = 0; i < iterations; i++) {
            FuzzCase base = random.nextInt(4) == 0 ? current : seeds.get(random.nextInt(seeds.size()));
            FuzzCase mutant = base.mutate(random);
            Path dir = Files.createTempDirectory("stacklint-fuzz");
            try {
                mutant.check(dir);
                current = mutant.text().length() < 200_000 ? mutant : seeds.get(0);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                mutant.save();
                failures.add(mutant.name() + ": " + e);
            }
        }
        assertThat(failures).as("inputs saved under " + FuzzCase.regressions()).isEmpty();
    }
}
