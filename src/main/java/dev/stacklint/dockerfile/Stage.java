package dev.stacklint.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * A build stage: its FROM and the instructions up to the next FROM.
 *
 * @param index        0-based stage number (what {@code COPY --from=0} names)
 * @param from         the stage's FROM
 * @param instructions the instructions after FROM, in order
 */
public record Stage(int index, Instruction.From from, List<Instruction> instructions) {
    public Optional<String> name() {
        return from.alias().map(Word::value);
    }

    /** True when {@code reference} (a FROM image or a {@code --from} value) is this stage, by name or index. */
    public boolean named(String reference) {
        return name().map(n -> n.equalsIgnoreCase(reference)).orElse(false) || reference.equals(String.valueOf(index));
    }
}
