package dev.stacklint.dockerfile;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.stacklint.dockerfile.DockerfileParserTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

class ScopeTest {

    @Test
    void globalArgsReachFromLinesAndOnlyRedeclaredArgsReachStages() {
        Dockerfile df = parse("ARG BASE=python ARG2\nARG TAG=3.12\nFROM ${BASE}:${TAG}-slim\n"
                + "RUN echo\nARG TAG\nARG OTHER=x-${TAG}\nRUN echo\n");
        Variables fromLine = Scope.before(df, df.instructions().get(2)).variables();
        assertThat(fromLine.resolve(((Instruction.From) df.instructions().get(2)).image().value()))
                .contains("python:3.12-slim");
        assertThat(fromLine.resolve("${ARG2:-d}")).isEmpty();
        assertThat(fromLine.resolve("$UNDECLARED/x")).contains("/x");

        Variables firstRun = Scope.before(df, df.instructions().get(3)).variables();
        assertThat(firstRun.isDeclared("TAG")).isFalse();
        assertThat(firstRun.resolve("$TAG")).isEmpty();

        Variables lastRun = Scope.before(df, df.instructions().get(6)).variables();
        assertThat(lastRun.get("TAG")).contains("3.12");
        assertThat(lastRun.get("OTHER")).contains("x-3.12");
    }

    @Test
    void expansionForms() {
        Dockerfile df = parse("FROM a:1\nENV A=1 EMPTY=\nARG UNKNOWN\nRUN x\n");
        Variables v = Scope.before(df, df.instructions().get(3)).variables();
        assertThat(v.resolve("$A ${A} ${A:-d} ${A+set} ${A:+w} ${EMPTY:-d} ${EMPTY-d} ${EMPTY:+w}|"))
                .contains("1 1 1 set w d  |");
        assertThat(v.resolve("${UNKNOWN:-x}")).isEmpty();
        assertThat(v.resolve("${A%x}")).isEmpty();
        assertThat(v.resolve("$$ $1 cost: 5$")).contains("$$ $1 cost: 5$");
        assertThat(v.resolve("${A")).isEmpty();
        assertThat(v.resolve("$FROM_BASE_IMAGE")).isEmpty();
    }

    @Test
    void envUsesValuesFromBeforeTheInstructionAndOverridesArgs() {
        Dockerfile df = parse("FROM a:1\nARG X=arg\nENV X=env\nENV abc=hello\nENV abc=bye def=$abc\nRUN x\n");
        Variables v = Scope.before(df, df.instructions().get(5)).variables();
        assertThat(v.get("X")).contains("env");
        assertThat(v.get("def")).contains("hello");
        assertThat(v.get("abc")).contains("bye");
    }

    @Test
    void workdirUserExposeAndStageInheritance() {
        Dockerfile df = parse("FROM python:3.12 AS base\nENV APP=/srv/app PORT=8000\nWORKDIR $APP\nWORKDIR src/../lib\n"
                + "USER app\nEXPOSE $PORT 53/udp\n"
                + "FROM base AS final\nWORKDIR sub\n"
                + "FROM alpine:3\nARG D\nWORKDIR /x\nWORKDIR $D\n");
        Scope base = Scope.endOf(df, df.stages().get(0));
        assertThat(base.workdir()).contains("/srv/app/lib");
        assertThat(base.user()).contains("app");
        assertThat(base.exposedPorts()).containsExactly("8000", "53/udp");

        Scope fin = Scope.endOf(df, df.stage("final").orElseThrow());
        assertThat(fin.workdir()).contains("/srv/app/lib/sub");
        assertThat(fin.variables().get("PORT")).contains("8000");
        assertThat(fin.exposedPorts()).containsExactly("8000", "53/udp");

        Scope third = Scope.endOf(df, df.stages().get(2));
        assertThat(third.workdir()).isEmpty();
        assertThat(third.variables().env()).isEmpty();
        assertThat(Scope.before(df, df.instructions().get(10)).workdir()).isEqualTo(Optional.empty());
        assertThat(Scope.before(df, df.instructions().get(11)).workdir()).contains("/x");
    }

    @Test
    void relativeWorkdirWithoutEarlierWorkdirStartsAtRoot() {
        Dockerfile df = parse("FROM a:1\nWORKDIR app\n");
        assertThat(Scope.endOf(df, df.stages().get(0)).workdir()).contains("/app");
    }
}
