package dev.stacklint.project;

import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;

import java.util.List;
import java.util.Optional;

/**
 * A COPY or ADD, whichever it is: what it copies and where.
 *
 * @param instruction the instruction
 * @param sources     the sources as written
 * @param destination the destination as written
 * @param from        the {@code --from} stage or image, if any
 */
public record FileCopy(Instruction instruction, List<Word> sources, Word destination, Optional<String> from) {

    public static Optional<FileCopy> of(Instruction i) {
        return switch (i) {
            case Instruction.Copy c -> Optional.of(new FileCopy(c, c.sources(), c.destination(), from(c.flags())));
            case Instruction.Add a -> Optional.of(new FileCopy(a, a.sources(), a.destination(), from(a.flags())));
            default -> Optional.empty();
        };
    }

    /** True when it copies from the build context (no {@code --from} stage or image). */
    public boolean fromContext() {
        return from.isEmpty();
    }

    private static Optional<String> from(List<Flag> flags) {
        return flags.stream().filter(f -> f.name().equalsIgnoreCase("from")).map(Flag::value).findFirst();
    }
}
