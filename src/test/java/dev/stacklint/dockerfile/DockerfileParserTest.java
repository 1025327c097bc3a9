package dev.stacklint.dockerfile;

import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileParserTest {

    static Dockerfile parse(String text) {
        return DockerfileParser.parse(SourceFile.of("Dockerfile", text));
    }

    static String at(Dockerfile df, Span span) {
        Position s = df.source().position(span.start());
        Position e = df.source().position(span.end());
        return s.line() + ":" + s.column() + "-" + e.line() + ":" + e.column();
    }

    static String text(Dockerfile df, Span span) {
        return df.source().slice(span);
    }

    @SuppressWarnings("unchecked")
    static <T extends Instruction> T only(Dockerfile df, Class<T> type) {
        assertThat(df.instructions()).hasSize(1);
        assertThat(df.instructions().get(0)).isInstanceOf(type);
        return (T) df.instructions().get(0);
    }

    static List<String> errors(Dockerfile df) {
        return df.errors().stream().map(e -> at(df, e.span()) + " " + e.message()).toList();
    }

    @Nested
    class Directives {
        @Test
        void readsSyntaxEscapeAndCheckAtTheTop() {
            Dockerfile df = parse("# syntax=docker/dockerfile:1\n#escape = `\n# check=skip=all\nFROM alpine:3\n");
            assertThat(df.directives()).extracting(Directive::name, Directive::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("syntax", "docker/dockerfile:1"),
                    org.assertj.core.groups.Tuple.tuple("escape", "`"),
                    org.assertj.core.groups.Tuple.tuple("check", "skip=all"));
            assertThat(df.escape()).isEqualTo('`');
            assertThat(df.comments()).isEmpty();
            assertThat(at(df, df.directives().get(1).span())).isEqualTo("2:1-2:12");
        }

        @Test
        void directivesAfterACommentOrBlankLineAreComments() {
            Dockerfile df = parse("# a comment\n# escape=`\nFROM alpine:3\n");
            assertThat(df.directives()).isEmpty();
            assertThat(df.escape()).isEqualTo('\\');
            assertThat(df.comments()).extracting(Comment::text).containsExactly("a comment", "escape=`");

            Dockerfile blank = parse("\n# escape=`\nFROM alpine:3\n");
            assertThat(blank.directives()).isEmpty();
        }

        @Test
        void anUnknownDirectiveEndsTheDirectiveSection() {
            Dockerfile df = parse("# foo=bar\n# escape=`\nFROM alpine:3\n");
            assertThat(df.directives()).isEmpty();
            assertThat(df.escape()).isEqualTo('\\');
        }

        @Test
        void directivesAfterAnInstructionAreComments() {
            Dockerfile df = parse("FROM alpine:3\n# escape=`\n");
            assertThat(df.directives()).isEmpty();
            assertThat(df.comments()).hasSize(1);
        }

        @Test
        void backtickEscapeContinuesLines() {
            Dockerfile df = parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                    + "RUN dir `\n    c:\\\n");
            Instruction.Run run = (Instruction.Run) df.instructions().get(1);
            assertThat(((Arguments.ShellForm) run.command()).text()).isEqualTo("dir       c:\\");
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void badAndDuplicateDirectivesAreErrors() {
            Dockerfile df = parse("# escape=x\n# escape=`\nFROM alpine:3\n");
            assertThat(errors(df)).containsExactly(
                    "1:10-1:11 invalid escape character 'x': use \\ or `",
                    "2:1-2:11 only one escape parser directive may be used");
            assertThat(df.escape()).isEqualTo('\\');
        }
    }

    @Nested
    class Lines {
        @Test
        void continuationsSkipCommentAndEmptyLinesAndKeepOffsets() {
            String text = "FROM alpine:3\nRUN apk add \\\n# a comment\n\n      curl \\\n  && echo done\n";
            Dockerfile df = parse(text);
            Instruction.Run run = (Instruction.Run) df.instructions().get(1);
            Arguments.ShellForm shell = (Arguments.ShellForm) run.command();
            assertThat(shell.text()).hasSize(shell.span().length());
            assertThat(shell.text().replaceAll(" +", " ")).isEqualTo("apk add curl && echo done");
            int curl = shell.text().indexOf("curl");
            assertThat(text.substring(shell.span().start() + curl, shell.span().start() + curl + 4)).isEqualTo("curl");
            assertThat(at(df, run.span())).isEqualTo("2:1-6:15");
            assertThat(df.comments()).extracting(Comment::text).containsExactly("a comment");
        }

        @Test
        void crlfAndBom() {
            Dockerfile df = parse("\uFEFFFROM alpine:3 AS base\r\nRUN echo a \\\r\n  b\r\n");
            assertThat(df.errors()).isEmpty();
            Instruction.From from = (Instruction.From) df.instructions().get(0);
            assertThat(at(df, from.image().span())).isEqualTo("1:6-1:14");
            Instruction.Run run = (Instruction.Run) df.instructions().get(1);
            assertThat(((Arguments.ShellForm) run.command()).text()).isEqualTo("echo a      b");
            assertThat(at(df, run.span())).isEqualTo("2:1-3:4");
        }

        @Test
        void escapedEscapeAtEndOfLineIsNotAContinuation() {
            Dockerfile df = parse("FROM alpine:3\nRUN echo \\\\\nRUN echo b\n");
            assertThat(df.instructions()).hasSize(3);
        }

        @Test
        void keywordsInAnyCaseAndIndentedInstructions() {
            Dockerfile df = parse("from alpine:3 as Build\n   Run echo hi\n");
            assertThat(df.instructions()).hasSize(2);
            assertThat(df.instructions().get(1).keyword()).isEqualTo("RUN");
            assertThat(at(df, df.instructions().get(1).keywordSpan())).isEqualTo("2:4-2:7");
            assertThat(df.stages().get(0).name()).contains("Build");
            assertThat(df.stage("build")).isPresent();
        }

        @Test
        void indentedCommentIsAComment() {
            Dockerfile df = parse("FROM alpine:3\n    # note\nRUN true\n");
            assertThat(df.comments()).extracting(Comment::text).containsExactly("note");
            assertThat(df.instructions()).hasSize(2);
        }
    }

    @Nested
    class From {
        @Test
        void platformImageAndAlias() {
            Dockerfile df = parse("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n");
            Instruction.From from = only(df, Instruction.From.class);
            assertThat(from.flags()).extracting(Flag::name, Flag::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("platform", "$BUILDPLATFORM"));
            assertThat(at(df, from.flags().get(0).span())).isEqualTo("1:6-1:31");
            assertThat(from.image().value()).isEqualTo("golang:1.22");
            assertThat(at(df, from.image().span())).isEqualTo("1:32-1:43");
            assertThat(from.alias().map(Word::value)).contains("build");
            assertThat(at(df, from.alias().orElseThrow().span())).isEqualTo("1:47-1:52");
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void missingImageIsAnErrorWithoutNode() {
            Dockerfile df = parse("FROM\nRUN x\n");
            assertThat(errors(df)).contains("1:1-1:5 FROM needs an image, e.g. FROM python:3.12-slim");
            assertThat(df.instructions()).hasSize(1);
        }

        @Test
        void extraWordsAndBadNamesAreReportedButTheStageStays() {
            Dockerfile df = parse("FROM alpine:3 build\nFROM alpine:3 AS 1st\n");
            assertThat(errors(df)).containsExactly(
                    "1:15-1:20 FROM takes an image and optionally AS <name>",
                    "2:18-2:21 invalid stage name \"1st\": start with a letter, then letters, digits, '-', '_' or '.'");
            assertThat(df.stages()).hasSize(2);
        }

        @Test
        void stagesAndCopyFrom() {
            Dockerfile df = parse("ARG V=1\nFROM golang:1.22 AS build\nRUN go build\n"
                    + "FROM alpine:3\nCOPY --from=build /out /app\n");
            assertThat(df.stages()).hasSize(2);
            Instruction.Copy copy = (Instruction.Copy) df.stages().get(1).instructions().get(0);
            assertThat(Instruction.flag(copy.flags(), "from").map(Flag::value)).contains("build");
            assertThat(df.stage(Instruction.flag(copy.flags(), "from").orElseThrow().value())
                    .map(Stage::index)).contains(0);
            assertThat(df.errors()).isEmpty();
        }
    }

    @Nested
    class RunCmdEntrypoint {
        @Test
        void runFlags() {
            Dockerfile df = parse("FROM a:1\nRUN --mount=type=cache,target=/root/.cache/pip --network=none "
                    + "--security=insecure pip install -r requirements.txt\n");
            Instruction.Run run = (Instruction.Run) df.instructions().get(1);
            assertThat(run.flags()).extracting(Flag::name).containsExactly("mount", "network", "security");
            assertThat(run.flags().get(0).value()).isEqualTo("type=cache,target=/root/.cache/pip");
            assertThat(((Arguments.ShellForm) run.command()).text()).isEqualTo("pip install -r requirements.txt");
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void backslashAndBlanksBetweenFlagsReadAsBlank() {
            Dockerfile df = parse("FROM a:1\nRUN --mount=type=cache,target=/a \\   --network=none \\  apt-get update\n");
            Instruction.Run run = (Instruction.Run) df.instructions().get(1);
            assertThat(run.flags()).extracting(Flag::name).containsExactly("mount", "network");
            assertThat(((Arguments.ShellForm) run.command()).text()).isEqualTo("apt-get update");
        }

        @Test
        void execFormWithSpans() {
            Dockerfile df = parse("FROM a:1\nCMD [\"python\", \"-m\", \"app\\u0021\"]\n");
            Instruction.Cmd cmd = (Instruction.Cmd) df.instructions().get(1);
            Arguments.Exec exec = (Arguments.Exec) cmd.command();
            assertThat(exec.args()).extracting(Word::value).containsExactly("python", "-m", "app!");
            assertThat(at(df, exec.args().get(1).span())).isEqualTo("2:16-2:20");
            assertThat(at(df, exec.span())).isEqualTo("2:5-2:34");
        }

        @Test
        void execFormAcrossContinuations() {
            Dockerfile df = parse("FROM a:1\nCMD [ \"/bin/sh\", \"-c\", \\\n      \"echo foo && \\\n       echo bar\" \\\n    ]\n");
            Instruction.Cmd cmd = (Instruction.Cmd) df.instructions().get(1);
            Arguments.Exec exec = (Arguments.Exec) cmd.command();
            assertThat(exec.args()).extracting(Word::value)
                    .containsExactly("/bin/sh", "-c", "echo foo &&        echo bar");
            assertThat(at(df, exec.args().get(2).span())).isEqualTo("3:7-4:17");
        }

        @Test
        void malformedJsonFallsBackToShellForm() {
            Dockerfile df = parse("FROM a:1\nENTRYPOINT [\"a\", 'b']\nCMD [\"a\"] extra\n");
            assertThat(((Instruction.Entrypoint) df.instructions().get(1)).command())
                    .isInstanceOf(Arguments.ShellForm.class);
            assertThat(((Instruction.Cmd) df.instructions().get(2)).command())
                    .isInstanceOf(Arguments.ShellForm.class);
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void jsonWithNonStringsIsAnError() {
            Dockerfile df = parse("FROM a:1\nCMD [\"a\", 1]\n");
            assertThat(errors(df)).containsExactly("2:11-2:12 a JSON array in CMD must hold only strings");
            assertThat(df.instructions()).hasSize(1);
        }

        @Test
        void runWithoutCommandIsAnError() {
            Dockerfile df = parse("FROM a:1\nRUN\nRUN --mount=type=cache,target=/x\n");
            assertThat(errors(df)).containsExactly("2:1-2:4 RUN needs a command", "3:1-3:4 RUN needs a command");
        }

        @Test
        void bareCmdIsAnEmptyShellForm() {
            Dockerfile df = parse("FROM a:1\nCMD\n");
            Instruction.Cmd cmd = (Instruction.Cmd) df.instructions().get(1);
            assertThat(((Arguments.ShellForm) cmd.command()).text()).isEmpty();
            assertThat(df.errors()).isEmpty();
        }
    }

    @Nested
    class CopyAdd {
        @Test
        void copyFlagsSourcesAndDestination() {
            Dockerfile df = parse("FROM a:1\nCOPY --from=build --chown=app:app --chmod=755 --link --exclude=*.md "
                    + "--parents src/ requirements.txt /app/\n");
            Instruction.Copy copy = (Instruction.Copy) df.instructions().get(1);
            assertThat(copy.flags()).extracting(Flag::name)
                    .containsExactly("from", "chown", "chmod", "link", "exclude", "parents");
            assertThat(copy.sources()).extracting(Word::value).containsExactly("src/", "requirements.txt");
            assertThat(copy.destination().value()).isEqualTo("/app/");
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void addFlagsAndJsonForm() {
            Dockerfile df = parse("FROM a:1\nADD --keep-git-dir=true --checksum=sha256:abc "
                    + "[\"https://example.com/a b.tgz\", \"/opt/\"]\n");
            Instruction.Add add = (Instruction.Add) df.instructions().get(1);
            assertThat(add.sources()).extracting(Word::value).containsExactly("https://example.com/a b.tgz");
            assertThat(at(df, add.destination().span())).isEqualTo("2:79-2:86");
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void badFlagsAreReportedAndTheNodeKept() {
            Dockerfile df = parse("FROM a:1\nCOPY --form=build --from --link=maybe . /app\nADD --parents a /b\n");
            assertThat(errors(df)).containsExactly(
                    "2:6-2:18 unknown flag --form for COPY (known: --chmod, --chown, --exclude, --from, --link, --parents)",
                    "2:19-2:25 --from needs a value: --from=...",
                    "2:26-2:38 --link takes true or false, not \"maybe\"",
                    "3:5-3:14 unknown flag --parents for ADD (known: --checksum, --chmod, --chown, --exclude, "
                            + "--keep-git-dir, --link, --unpack)");
            assertThat(df.instructions()).hasSize(3);
        }

        @Test
        void flagsOnInstructionsWithoutFlags() {
            Dockerfile df = parse("FROM a:1\nCMD --help\n");
            assertThat(errors(df)).containsExactly("2:5-2:11 unknown flag --help for CMD (it takes no flags)");
        }

        @Test
        void copyNeedsTwoArguments() {
            Dockerfile df = parse("FROM a:1\nCOPY app.py\n");
            assertThat(errors(df)).containsExactly("2:1-2:5 COPY needs at least one source and a destination");
            assertThat(df.instructions()).hasSize(1);
        }
    }

    @Nested
    class Heredocs {
        @Test
        void runHeredocWithBodySpan() {
            String text = "FROM a:1\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nCMD [\"x\"]\n";
            Dockerfile df = parse(text);
            Instruction.Run run = (Instruction.Run) df.instructions().get(1);
            Heredoc h = run.heredocs().get(0);
            assertThat(h.delimiter()).isEqualTo("EOF");
            assertThat(h.body()).isEqualTo("apt-get update\napt-get install -y curl\n");
            assertThat(text(df, h.bodySpan())).isEqualTo(h.body());
            assertThat(at(df, h.span())).isEqualTo("2:5-5:4");
            assertThat(at(df, run.span())).isEqualTo("2:1-5:4");
            assertThat(df.instructions()).hasSize(3);
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void severalQuotedAndTabStrippedHeredocs() {
            String text = "FROM a:1\nCOPY <<-\"A\" <<'B' /dest/\n\tone $X\n\tA\ntwo\nB\n";
            Dockerfile df = parse(text);
            Instruction.Copy copy = (Instruction.Copy) df.instructions().get(1);
            assertThat(copy.heredocs()).extracting(Heredoc::delimiter, Heredoc::stripTabs, Heredoc::quoted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("A", true, true),
                            org.assertj.core.groups.Tuple.tuple("B", false, true));
            assertThat(copy.heredocs().get(0).body()).isEqualTo("\tone $X\n");
            assertThat(copy.heredocs().get(1).body()).isEqualTo("two\n");
            assertThat(copy.sources()).extracting(Word::value).containsExactly("<<-A", "<<B");
            assertThat(copy.destination().value()).isEqualTo("/dest/");
        }

        @Test
        void heredocAfterCommandAndOnbuild() {
            Dockerfile df = parse("FROM a:1\nRUN python3 <<EOF > /out\nprint(1)\nEOF\nONBUILD RUN <<X\nls\nX\n");
            Instruction.Run run = (Instruction.Run) df.instructions().get(1);
            assertThat(run.heredocs()).extracting(Heredoc::quoted).containsExactly(false);
            Instruction.Onbuild onbuild = (Instruction.Onbuild) df.instructions().get(2);
            assertThat(((Instruction.Run) onbuild.inner()).heredocs()).extracting(Heredoc::body).containsExactly("ls\n");
            assertThat(at(df, onbuild.span())).isEqualTo("5:1-7:2");
        }

        @Test
        void quotedMarkerAndJsonFormAreNotHeredocs() {
            Dockerfile df = parse("FROM a:1\nRUN echo \"<<EOF\"\nRUN [\"cat\", \"<<EOF\"]\nCMD cat <<EOF\n");
            assertThat(df.instructions()).hasSize(4);
            assertThat(((Instruction.Run) df.instructions().get(1)).heredocs()).isEmpty();
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void unterminatedHeredocRunsToTheEnd() {
            Dockerfile df = parse("FROM a:1\nRUN <<EOF\necho hi\nEOD\n");
            assertThat(errors(df)).containsExactly("2:5-2:10 heredoc <<EOF is never closed: no line holds just EOF");
            Instruction.Run run = (Instruction.Run) df.instructions().get(1);
            assertThat(run.heredocs().get(0).body()).isEqualTo("echo hi\nEOD\n");
        }
    }

    @Nested
    class KeyValues {
        @Test
        void envPairsWithQuotes() {
            Dockerfile df = parse("FROM a:1\nENV A=1 B=\"two words\" C='x y' D= E=a\\ b\n");
            Instruction.Env env = (Instruction.Env) df.instructions().get(1);
            assertThat(env.pairs()).extracting(kv -> kv.key().value() + "=" + kv.value().value())
                    .containsExactly("A=1", "B=two words", "C=x y", "D=", "E=a b");
            KeyValue b = env.pairs().get(1);
            assertThat(at(df, b.key().span())).isEqualTo("2:9-2:10");
            assertThat(at(df, b.value().span())).isEqualTo("2:11-2:22");
            assertThat(at(df, b.span())).isEqualTo("2:9-2:22");
        }

        @Test
        void legacyEnvForm() {
            Dockerfile df = parse("FROM a:1\nENV PATH /usr/local/bin:$PATH\nENV MSG hello world\n");
            KeyValue path = ((Instruction.Env) df.instructions().get(1)).pairs().get(0);
            assertThat(path.key().value()).isEqualTo("PATH");
            assertThat(path.value().value()).isEqualTo("/usr/local/bin:$PATH");
            KeyValue msg = ((Instruction.Env) df.instructions().get(2)).pairs().get(0);
            assertThat(msg.value().value()).isEqualTo("hello world");
            assertThat(at(df, msg.value().span())).isEqualTo("3:9-3:20");
        }

        @Test
        void envErrors() {
            Dockerfile df = parse("FROM a:1\nENV A\nENV B=1 C\nENV\n");
            assertThat(errors(df)).containsExactly(
                    "2:5-2:6 ENV A has no value: write ENV name=value",
                    "3:9-3:10 expected name=value in ENV, found \"C\"",
                    "4:1-4:4 ENV needs name=value");
            assertThat(df.instructions()).hasSize(2);
        }

        @Test
        void labels() {
            Dockerfile df = parse("FROM a:1\nLABEL org.opencontainers.image.title=\"My app\" version=1.0\n");
            Instruction.Label label = (Instruction.Label) df.instructions().get(1);
            assertThat(label.pairs()).extracting(kv -> kv.value().value()).containsExactly("My app", "1.0");
        }

        @Test
        void argsWithAndWithoutDefaults() {
            Dockerfile df = parse("ARG BASE=python:3.12 VERSION\nFROM $BASE\nARG VERSION\n");
            Instruction.Arg arg = (Instruction.Arg) df.instructions().get(0);
            assertThat(arg.declarations()).extracting(d -> d.name().value(), d -> d.defaultValue().map(Word::value))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("BASE", Optional.of("python:3.12")),
                            org.assertj.core.groups.Tuple.tuple("VERSION", Optional.empty()));
            assertThat(df.errors()).isEmpty();
        }
    }

    @Nested
    class Others {
        @Test
        void exposeUserWorkdirVolumeShellStopsignalMaintainer() {
            Dockerfile df = parse("FROM a:1\nEXPOSE 80 8000/tcp 53/udp\nUSER app:app\nWORKDIR \"/srv/my app\"\n"
                    + "VOLUME [\"/data\", \"/logs\"]\nVOLUME /a /b\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                    + "STOPSIGNAL SIGINT\nMAINTAINER Jane <jane@example.com>\n");
            List<Instruction> is = df.instructions();
            assertThat(((Instruction.Expose) is.get(1)).ports()).extracting(Word::value)
                    .containsExactly("80", "8000/tcp", "53/udp");
            assertThat(((Instruction.User) is.get(2)).user().value()).isEqualTo("app:app");
            assertThat(((Instruction.Workdir) is.get(3)).path().value()).isEqualTo("/srv/my app");
            assertThat(((Instruction.Volume) is.get(4)).paths()).extracting(Word::value).containsExactly("/data", "/logs");
            assertThat(((Instruction.Volume) is.get(5)).paths()).extracting(Word::value).containsExactly("/a", "/b");
            assertThat(((Instruction.Shell) is.get(6)).shell()).extracting(Word::value)
                    .containsExactly("/bin/bash", "-o", "pipefail", "-c");
            assertThat(((Instruction.StopSignal) is.get(7)).signal().value()).isEqualTo("SIGINT");
            assertThat(((Instruction.Maintainer) is.get(8)).text()).isEqualTo("Jane <jane@example.com>");
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void shellMustBeJson() {
            Dockerfile df = parse("FROM a:1\nSHELL /bin/bash -c\n");
            assertThat(errors(df)).containsExactly(
                    "2:7-2:19 SHELL needs a JSON array, e.g. SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]");
        }

        @Test
        void healthcheckOptionsAndNone() {
            Dockerfile df = parse("FROM a:1\nHEALTHCHECK --interval=30s --timeout=3s --retries=3 "
                    + "CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK NONE\nHEALTHCHECK CMD [\"/bin/check\"]\n");
            Instruction.Healthcheck h = (Instruction.Healthcheck) df.instructions().get(1);
            assertThat(h.flags()).extracting(Flag::value).containsExactly("30s", "3s", "3");
            assertThat(((Arguments.ShellForm) h.command().orElseThrow()).text())
                    .isEqualTo("curl -f http://localhost/ || exit 1");
            assertThat(((Instruction.Healthcheck) df.instructions().get(2)).none()).isTrue();
            assertThat(((Instruction.Healthcheck) df.instructions().get(3)).command().orElseThrow())
                    .isInstanceOf(Arguments.Exec.class);
            assertThat(df.errors()).isEmpty();
        }

        @Test
        void healthcheckErrors() {
            Dockerfile df = parse("FROM a:1\nHEALTHCHECK curl x\nHEALTHCHECK CMD\nHEALTHCHECK NONE now\n"
                    + "HEALTHCHECK --interval=5 CMD true\n");
            assertThat(errors(df)).containsExactly(
                    "2:13-2:17 unknown HEALTHCHECK type curl: use HEALTHCHECK CMD <command> or HEALTHCHECK NONE",
                    "3:13-3:16 HEALTHCHECK CMD needs a command",
                    "4:18-4:21 HEALTHCHECK NONE takes no arguments",
                    "5:13-5:25 --interval needs a duration such as 30s, 1m30s or 500ms");
        }

        @Test
        void onbuildWrapsAnInstruction() {
            Dockerfile df = parse("FROM a:1\nONBUILD COPY . /app\nONBUILD ONBUILD RUN x\nONBUILD\n");
            Instruction.Onbuild onbuild = (Instruction.Onbuild) df.instructions().get(1);
            assertThat(onbuild.inner()).isInstanceOf(Instruction.Copy.class);
            assertThat(at(df, onbuild.inner().keywordSpan())).isEqualTo("2:9-2:13");
            assertThat(errors(df)).containsExactly("3:9-3:16 ONBUILD cannot trigger another ONBUILD, and Docker refuses to build this: write the"
                            + " instruction after a single ONBUILD",
                    "4:1-4:8 ONBUILD needs an instruction, e.g. ONBUILD COPY . /app");
        }
    }

    @Nested
    class Errors {
        @Test
        void unknownInstructionWithSuggestionAndRecovery() {
            Dockerfile df = parse("FROM a:1\nRUNN echo\nCOPY . /app\n");
            assertThat(errors(df)).containsExactly("2:1-2:5 unknown instruction RUNN (did you mean RUN?)");
            assertThat(df.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "COPY");
        }

        @Test
        void forgottenContinuationHint() {
            Dockerfile df = parse("FROM a:1\nRUN apt-get update &&\n    apt-get install -y curl\n");
            assertThat(errors(df)).containsExactly("3:5-3:12 unknown instruction apt-get "
                    + "(if this line continues the one above, end that line with the escape character)");
        }

        @Test
        void instructionsBeforeFrom() {
            Dockerfile df = parse("ARG X=1\nRUN echo\nFROM a:1\n");
            assertThat(errors(df)).containsExactly("2:1-2:4 RUN before the first FROM: only ARG may come before FROM");
            assertThat(df.instructions()).hasSize(3);
        }

        @Test
        void emptyFile() {
            Dockerfile df = parse("# just a comment\n");
            assertThat(errors(df)).containsExactly("1:1-1:1 the Dockerfile has no instructions: it needs at least a FROM");
        }
    }
}
