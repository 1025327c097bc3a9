package dev.stacklint.project.bake;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code target} of a bake file, as written (before {@code inherits} is applied). An attribute that is not a
 * literal (a variable, a function call) is unknown.
 *
 * @param name          the target's name
 * @param context       {@code context}
 * @param dockerfile    {@code dockerfile}
 * @param stage         {@code target}: the stage it builds
 * @param contexts      the names of its {@code contexts} entries; unknown when the keys cannot be read
 * @param inherits      the targets it inherits from
 */
public record BakeTarget(String name, Value<String> context, Value<String> dockerfile, Value<String> stage,
                         Value<Set<String>> contexts, List<String> inherits) {

    /** An attribute: not written, written as a literal, or written as something only bake can evaluate. */
    public sealed interface Value<T> {
        static <T> Value<T> unknown() {
            return new Unknown<>();
        }

        static <T> Value<T> absent() {
            return new Absent<>();
        }

        static <T> Value<T> of(T value) {
            return new Literal<>(value);
        }

        /** This value, or {@code parent}'s when this one is not written. */
        default Value<T> or(Value<T> parent) {
            return this instanceof Absent ? parent : this;
        }

        default boolean isUnknown() {
            return this instanceof Unknown;
        }

        default Optional<T> literal() {
            return this instanceof Literal<T> l ? Optional.of(l.value()) : Optional.empty();
        }
    }

    record Absent<T>() implements Value<T> {
    }

    record Literal<T>(T value) implements Value<T> {
    }

    record Unknown<T>() implements Value<T> {
    }
}
