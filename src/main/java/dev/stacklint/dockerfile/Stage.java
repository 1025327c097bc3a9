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
}
