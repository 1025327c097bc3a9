package dev.stacklint.nginx;

import dev.stacklint.source.Origin;

import java.util.List;
import java.util.Optional;

/** One statement of an nginx configuration: a simple directive ({@code listen 80;}) or a block ({@code server { }}). */
public sealed interface Statement permits Statement.Directive, Statement.Block {

    /** The directive's name, its first word. */
    Word name();

    /** The words after the name. */
    List<Word> args();

    /** The whole statement, from its name to its {@code ;} or closing brace. */
    Origin origin();

    default String keyword() {
        return name().value();
    }

    /** The first argument, if any. */
    default Optional<Word> arg(int index) {
        return index < args().size() ? Optional.of(args().get(index)) : Optional.empty();
    }

    /** {@code name args;} */
    record Directive(Word name, List<Word> args, Origin origin) implements Statement {
        public Directive {
            args = List.copyOf(args);
        }
    }

    /** {@code name args { body }}: {@code http}, {@code server}, {@code location}, {@code upstream}, {@code map}... */
    record Block(Word name, List<Word> args, List<Statement> body, Origin origin) implements Statement {
        public Block {
            args = List.copyOf(args);
            body = List.copyOf(body);
        }
    }
}
