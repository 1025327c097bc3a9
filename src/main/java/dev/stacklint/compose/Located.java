package dev.stacklint.compose;

import dev.stacklint.source.Interpolation;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.YamlScalar;

import java.util.function.Function;

/**
 * A value of the Compose model and where it was written: report at {@code file()} and {@code span()}.
 * After merging several files, each value still points at the file it came from.
 */
public record Located<T>(T value, Origin origin) {

    static Located<String> of(YamlScalar scalar) {
        return new Located<>(scalar.text(), scalar.origin());
    }

    public SourceFile file() {
        return origin.file();
    }

    public Span span() {
        return origin.span();
    }

    /** True when the value is written with a variable ({@code ${TAG}}): the text holds a {@code $}. */
    public boolean interpolated() {
        return !Interpolation.literal(file().slice(span()));
    }

    public <U> Located<U> map(Function<? super T, ? extends U> f) {
        return new Located<>(f.apply(value), origin);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
