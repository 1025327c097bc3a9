package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The instructions whose layers end up in an image someone runs: those of the image's stage (the last stage, and each
 * Compose/bake target) and of the stages it is built FROM, and ONBUILD triggers anywhere (they run in whatever image
 * builds on this one). A file without FROM is taken as a single stage. Builder stages whose files are only copied
 * out are left out: their caches and layers do not ship.
 */
final class ShippedInstructions {
    private ShippedInstructions() {
    }

    static List<Instruction> of(Dockerfile dockerfile, Builds builds) {
        List<Stage> stages = dockerfile.stages();
        if (stages.isEmpty()) {
            return dockerfile.instructions();
        }
        Set<Integer> running = builds.runningChains(dockerfile);
        List<Instruction> shipped = new ArrayList<>();
        for (Stage stage : stages) {
            boolean ships = running.contains(stage.index());
            stage.instructions().stream().filter(i -> ships || i instanceof Instruction.Onbuild).forEach(shipped::add);
        }
        return shipped;
    }
}
