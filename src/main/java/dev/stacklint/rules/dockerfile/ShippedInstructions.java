package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instructions whose layers end up in a shipped image: those of the last stage and of stages a later FROM
 * builds on, and ONBUILD triggers anywhere (they run in whatever image builds on this one). A file without FROM
 * is taken as a single stage. Throwaway builder stages are left out.
 */
final class ShippedInstructions {
    private ShippedInstructions() {
    }

    static List<Instruction> of(Dockerfile dockerfile) {
        List<Stage> stages = dockerfile.stages();
        if (stages.isEmpty()) {
            return dockerfile.instructions();
        }
        List<Instruction> shipped = new ArrayList<>();
        for (Stage stage : stages) {
            boolean ships = ships(stage, stages);
            stage.instructions().stream().filter(i -> ships || i instanceof Instruction.Onbuild).forEach(shipped::add);
        }
        return shipped;
    }

    /** The last stage, or one that a later stage is built FROM. */
    private static boolean ships(Stage stage, List<Stage> stages) {
        if (stage.index() == stages.size() - 1) {
            return true;
        }
        String name = stage.name().map(n -> n.toLowerCase(Locale.ROOT)).orElse(null);
        return name != null && stages.subList(stage.index() + 1, stages.size()).stream()
                .anyMatch(s -> s.from().image().value().toLowerCase(Locale.ROOT).equals(name));
    }
}
