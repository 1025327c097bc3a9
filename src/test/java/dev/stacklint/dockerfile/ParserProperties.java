package dev.stacklint.dockerfile;

import dev.stacklint.TestRules;
import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Edits;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsers never throw, keep every span inside the file and give the same tree twice. */
class ParserProperties {

    @Provide
    Arbitrary<String> dockerfiles() {
        Arbitrary<String> fragments = Arbitraries.of("FROM ", "from ", "RUN ", "COPY ", "ADD ", "CMD ", "ENV ",
                "ARG ", "LABEL ", "EXPOSE ", "USER ", "WORKDIR ", "VOLUME ", "SHELL ", "HEALTHCHECK ", "ONBUILD ",
                "ENTRYPOINT ", "STOPSIGNAL ", "MAINTAINER ", "NONE", "CMD", "AS ", "--from=", "--mount=type=cache ",
                "--", "-", "=", "a=b ", "\"", "'", "\\", "`", "\n", "\r\n", "\n\n", " ", "\t", "#", "# escape=`\n",
                "# syntax=x\n", "<<EOF", "<<-EOF", "<<'EOF'", "EOF\n", "\tEOF\n", "[", "]", "[\"a\", \"b\"]", ",",
                "{", "}", "$", "${A:-b}", "$(x)", "&&", "||", ";", "|", ">", "2>&1", "pip install ", "npm ci",
                "python:3", ".", "/app", "\uFEFF", "é", "\u0000",
                // words the hadolint-compatible rules look for
                "apt-get install ", "apk add ", "yum install ", "dnf module install ", "zypper -n in ", "gem i ",
                "go run ", "npm i ", "yarn ", "-y ", "-t ", "-o ", "tar -xf ", "x.tar ", "USER ", "root", "0:0",
                "--platform=", "wget ", "curl ", "useradd -u 1234567 ", "ln -s ", "/bin/sh ", "@", "==", "x-1.0 ",
                "C:\\", "sudo ", "cd ", "AS base\n", "FROM base\n", "--from=base ", "PASSWORD=");
        return Arbitraries.oneOf(
                fragments.list().ofMaxSize(60).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 600)
    void dockerfileParserNeverThrowsAndSpansStayInside(@ForAll("dockerfiles") String text) {
        SourceFile source = SourceFile.of("Dockerfile", text);
        Dockerfile df = DockerfileParser.parse(source);
        int length = source.text().length();
        for (Instruction i : df.instructions()) {
            checkSpans(i, length);
            switch (i.effective()) {
                case Instruction.Run r -> commands(r.commands(), length);
                case Instruction.Cmd c -> commands(ShellCommands.of(c.command()), length);
                default -> {
                }
            }
        }
        df.comments().forEach(c -> checkSpans(c, length));
        df.directives().forEach(d -> checkSpans(d, length));
        df.errors().forEach(e -> checkSpans(e, length));
        Suppressions.of(df).entries().forEach(s -> checkSpans(s, length));
        df.stages();
        for (var rule : BuiltinRules.all()) {
            if (rule instanceof DockerfileRule r) {
                r.check(df, TestRules.CONTEXT, new Reporter(r.meta(), source, f -> checkSpan(f.span(), length)));
            }
        }
    }

    @Property(tries = 300)
    void offeredFixesKeepAParsedFileParseable(@ForAll("dockerfiles") String text) {
        SourceFile source = SourceFile.of("Dockerfile", text);
        Dockerfile df = DockerfileParser.parse(source);
        boolean parsed = df.errors().isEmpty();
        for (var rule : BuiltinRules.all()) {
            if (rule instanceof DockerfileRule r) {
                r.check(df, TestRules.CONTEXT, new Reporter(r.meta(), source, f -> {
                    if (f.fix() != null) {
                        String fixed = Edits.apply(source.text(), f.fix().edits());
                        if (parsed) {
                            assertThat(DockerfileParser.parse(SourceFile.of("Dockerfile", fixed)).errors())
                                    .as("%s fixed by %s", text, r.meta().code()).isEmpty();
                        }
                    }
                }));
            }
        }
    }

    @Property(tries = 200)
    void dockerfileParserIsDeterministic(@ForAll("dockerfiles") String text) {
        SourceFile source = SourceFile.of("Dockerfile", text);
        Dockerfile a = DockerfileParser.parse(source);
        Dockerfile b = DockerfileParser.parse(source);
        assertThat(b.instructions()).isEqualTo(a.instructions());
        assertThat(b.errors()).isEqualTo(a.errors());
        assertThat(b.comments()).isEqualTo(a.comments());
        assertThat(b.directives()).isEqualTo(a.directives());
    }

    @Property(tries = 400)
    void shellParserNeverThrows(@ForAll("dockerfiles") String text) {
        commands(ShellParser.parse(text, 7), text.length() + 7);
    }

    @Property(tries = 300)
    void dockerignoreNeverThrows(@ForAll("dockerfiles") String text, @ForAll("dockerfiles") String path) {
        SourceFile source = SourceFile.of(".dockerignore", text);
        Dockerignore d = Dockerignore.parse(source);
        d.patterns().forEach(p -> checkSpans(p, source.text().length()));
        d.matches(path);
    }

    private static void commands(java.util.List<SimpleCommand> commands, int length) {
        commands.forEach(c -> checkSpans(c, length));
    }

    /** Walks a record tree and checks every {@link Span} in it. */
    private static void checkSpans(Object node, int length) {
        if (node instanceof Span s) {
            checkSpan(s, length);
        } else if (node instanceof Arguments.ShellForm s) {
            assertThat(s.text()).hasSize(s.span().length());
            checkSpan(s.span(), length);
        } else if (node instanceof Collection<?> c) {
            c.forEach(x -> checkSpans(x, length));
        } else if (node instanceof Optional<?> o) {
            o.ifPresent(x -> checkSpans(x, length));
        } else if (node instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    checkSpans(rc.getAccessor().invoke(r), length);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static void checkSpan(Span s, int length) {
        assertThat(s.start()).isBetween(0, length);
        assertThat(s.end()).isBetween(s.start(), length);
    }
}
