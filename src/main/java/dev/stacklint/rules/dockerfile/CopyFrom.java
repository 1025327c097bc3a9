package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code COPY --from=...} with the stage it is in.
 *
 * @param flag       the {@code --from} flag
 * @param stageIndex the index of the stage holding the COPY; -1 before the first FROM
 * @param stageName  that stage's name, if it has one
 * @param earlier    the FROM lines of the stages before it
 */
record CopyFrom(Flag flag, int stageIndex, Optional<String> stageName, List<Instruction.From> earlier) {

    /** The value of {@code --from}. */
    String source() {
        return flag.value();
    }

    /** Every COPY with {@code --from} (ONBUILD ones too), in file order. */
    static List<CopyFrom> all(Dockerfile dockerfile) {
        List<CopyFrom> found = new ArrayList<>();
        List<Instruction.From> froms = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.From from) {
                froms.add(from);
            } else if (instruction.effective() instanceof Instruction.Copy copy) {
                Optional<Instruction.From> current = froms.isEmpty() ? Optional.empty()
                        : Optional.of(froms.get(froms.size() - 1));
                Instruction.flag(copy.flags(), "from").ifPresent(flag -> found.add(new CopyFrom(flag,
                        froms.size() - 1, current.flatMap(f -> f.alias().map(Word::value)),
                        List.copyOf(froms.subList(0, Math.max(0, froms.size() - 1))))));
            }
        }
        return found;
    }
}
