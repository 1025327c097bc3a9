package dev.stacklint.dockerfile;

import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Dockerfile instruction. Every node knows its whole {@code span} (keyword to the last character,
 * heredoc bodies included) and the span of its keyword as written (any case).
 */
public sealed interface Instruction {
    Span span();

    Span keywordSpan();

    /** The instruction itself, or for ONBUILD the instruction it wraps (which runs in child builds). */
    default Instruction effective() {
        return this instanceof Onbuild o ? o.inner() : this;
    }

    /** The instruction's keyword in upper case, e.g. {@code RUN}. */
    default String keyword() {
        return getClass().getSimpleName().toUpperCase(Locale.ROOT);
    }

    /** {@code FROM [--platform=...] image [AS name]}. */
    record From(Span span, Span keywordSpan, List<Flag> flags, Word image, Optional<Word> alias) implements Instruction {
    }

    /** {@code script} is the shell script it runs, parsed once on first use. */
    record Run(Span span, Span keywordSpan, List<Flag> flags, Arguments command, List<Heredoc> heredocs,
               RunScript script) implements Instruction {
        public Run(Span span, Span keywordSpan, List<Flag> flags, Arguments command, List<Heredoc> heredocs) {
            this(span, keywordSpan, flags, command, heredocs, new RunScript(command, heredocs));
        }

        /** Every simple command it executes ({@code sh -c} and heredoc scripts included), from the one parse. */
        public List<SimpleCommand> commands() {
            return script.commands();
        }
    }

    /** {@code sources} are everything but the last path; heredoc sources appear as words like {@code <<EOF}. */
    record Copy(Span span, Span keywordSpan, List<Flag> flags, List<Word> sources, Word destination,
                List<Heredoc> heredocs) implements Instruction {
    }

    record Add(Span span, Span keywordSpan, List<Flag> flags, List<Word> sources, Word destination,
               List<Heredoc> heredocs) implements Instruction {
    }

    record Cmd(Span span, Span keywordSpan, Arguments command) implements Instruction {
    }

    record Entrypoint(Span span, Span keywordSpan, Arguments command) implements Instruction {
    }

    record Env(Span span, Span keywordSpan, List<KeyValue> pairs) implements Instruction {
    }

    record Arg(Span span, Span keywordSpan, List<ArgDeclaration> declarations) implements Instruction {
    }

    record Label(Span span, Span keywordSpan, List<KeyValue> pairs) implements Instruction {
    }

    /** Ports as written: {@code 80}, {@code 8000/tcp}, {@code 53/udp}, {@code 8000-8010}, {@code ${PORT}}. */
    record Expose(Span span, Span keywordSpan, List<Word> ports) implements Instruction {
    }

    record User(Span span, Span keywordSpan, Word user) implements Instruction {
    }

    record Workdir(Span span, Span keywordSpan, Word path) implements Instruction {
    }

    record Volume(Span span, Span keywordSpan, List<Word> paths) implements Instruction {
    }

    record Shell(Span span, Span keywordSpan, List<Word> shell) implements Instruction {
    }

    record StopSignal(Span span, Span keywordSpan, Word signal) implements Instruction {
    }

    /** {@code command} is empty for {@code HEALTHCHECK NONE}. */
    record Healthcheck(Span span, Span keywordSpan, List<Flag> flags, Optional<Arguments> command)
            implements Instruction {
        public boolean none() {
            return command.isEmpty();
        }
    }

    record Onbuild(Span span, Span keywordSpan, Instruction inner) implements Instruction {
    }

    record Maintainer(Span span, Span keywordSpan, String text) implements Instruction {
    }

    /** The flag named {@code name} (without dashes), if the instruction carries it. */
    static Optional<Flag> flag(List<Flag> flags, String name) {
        return flags.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }
}
