package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Fix;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.stacklint.rules.dockerfile.FixTester.fixed;
import static dev.stacklint.rules.dockerfile.FixTester.noFix;
import static org.assertj.core.api.Assertions.assertThat;

/** The fixes that rewrite an instruction or a program name: DL3027, DL3003, DL4000, SL112, SL110, DL3020, DL3025. */
class InstructionFixesTest {

    @Nested
    class AptToAptGet {
        private final UseAptGetNotApt rule = new UseAptGetNotApt();

        @Test
        void everyCallOfTheRunBecomesAptGet() {
            assertThat(fixed(rule, "FROM ubuntu:24.04\nRUN apt update \\\n && apt -o X=1 install -y curl \\\n"
                    + " && /usr/bin/apt clean\n"))
                    .isEqualTo("FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get -o X=1 install -y curl \\\n"
                            + " && /usr/bin/apt-get clean\n");
        }

        @Test
        void noFixWhenOneCallHasASubcommandAptGetLacksOrMeansOtherwise() {
            noFix(rule, "FROM ubuntu:24.04\nRUN apt update && apt list --installed\n");
            noFix(rule, "FROM ubuntu:24.04\nRUN apt update && apt upgrade -y\n");
            noFix(rule, "FROM ubuntu:24.04\nRUN apt search curl\n");
            noFix(rule, "FROM ubuntu:24.04\nRUN <<EOF\napt install -y curl\nEOF\n");
            noFix(rule, "FROM ubuntu:24.04\nRUN \"apt\" install -y curl\n");
        }
    }

    @Nested
    class CdToWorkdir {
        private final UseWorkdirNotCd rule = new UseWorkdirNotCd();

        @Test
        void safeWhenALaterWorkdirSetsTheDirectoryAgain() {
            assertThat(fixed(rule, "FROM node:22\n  # build the client\n  RUN cd /src/client && \\\n"
                    + "      npm ci && npm run build\nENV X=1\nCOPY a /opt/a\nWORKDIR /app\nCMD [\"node\"]\n"))
                    .isEqualTo("FROM node:22\n  WORKDIR /src/client\n  # build the client\n  RUN npm ci && npm run build\n"
                            + "ENV X=1\nCOPY a /opt/a\nWORKDIR /app\nCMD [\"node\"]\n");
        }

        @Test
        void unsafeWhenTheFollowingInstructionsWouldRunThereToo() {
            assertThat(fixed(rule, "FROM node:22\r\nWORKDIR /app\r\nRUN cd /tmp \\\r\n    && make --flag=1 | tee log\r\n"
                    + "COPY . .\r\n", Fix.Safety.UNSAFE))
                    .isEqualTo("FROM node:22\r\nWORKDIR /app\r\nWORKDIR /tmp\r\nRUN make --flag=1 | tee log\r\n"
                            + "COPY . .\r\n");
            assertThat(fixed(rule, "FROM a:1\nRUN --mount=type=cache,target=/c cd /b && (make)\n", Fix.Safety.UNSAFE))
                    .isEqualTo("FROM a:1\nWORKDIR /b\nRUN --mount=type=cache,target=/c (make)\n");
            assertThat(fixed(rule, "FROM a:1\nRUN cd /x && \\\n# comment\n    make\n", Fix.Safety.UNSAFE))
                    .isEqualTo("FROM a:1\nWORKDIR /x\nRUN \\\n# comment\n    make\n");
        }

        @Test
        void noFixUnlessAPlainFirstCdToALiteralAbsolutePath() {
            noFix(rule, "FROM a:1\nRUN cd $HOME && make\n");
            noFix(rule, "FROM a:1\nRUN cd src && make\n");
            noFix(rule, "FROM a:1\nRUN cd \"/my app\" && make\n");
            noFix(rule, "FROM a:1\nRUN make && cd /x && make install\n");
            noFix(rule, "FROM a:1\nRUN cd /x; make\n");
            noFix(rule, "FROM a:1\nRUN cd /x && make && cd /y && make\n");
            noFix(rule, "FROM a:1\nRUN cd /x 2>/dev/null && make\n");
            noFix(rule, "FROM a:1\nONBUILD RUN cd /x && make\n");
            noFix(rule, "FROM a:1\nRUN cd /x && bash <<EOF\nmake\nEOF\n");
        }
    }

    @Nested
    class MaintainerToLabel {
        private final MaintainerDeprecated rule = new MaintainerDeprecated();

        @Test
        void quotesAndEscapesTheAuthors() {
            assertThat(fixed(rule, "FROM a:1\nMAINTAINER Jane \"JD\" Doe <jane@example.com>\nRUN x\n"))
                    .isEqualTo("FROM a:1\nLABEL org.opencontainers.image.authors=\"Jane \\\"JD\\\" Doe "
                            + "<jane@example.com>\"\nRUN x\n");
            assertThat(fixed(rule, "FROM a:1\nmaintainer \"a$b\\c\"\n"))
                    .isEqualTo("FROM a:1\nlabel org.opencontainers.image.authors=\"a\\$b\\\\c\"\n");
            assertThat(fixed(rule, "# escape=`\nFROM a:1\nMAINTAINER C:\\Users `me` \"x\"\n"))
                    .isEqualTo("# escape=`\nFROM a:1\nLABEL org.opencontainers.image.authors=\"C:\\Users ``me`` `\"x`\"\"\n");
        }

        @Test
        void theLabelHoldsTheAuthorsAsWritten() {
            for (String authors : java.util.List.of("Jane \"JD\" Doe <j@x>", "a$b\\c ${X}", "C:\\Users `me` x")) {
                for (String header : java.util.List.of("", "# escape=`\n")) {
                    String fixed = fixed(rule, header + "FROM a:1\nMAINTAINER " + authors + "\n");
                    var label = DockerfileParser.parse(SourceFile.of("Dockerfile", fixed)).instructions().stream()
                            .filter(Instruction.Label.class::isInstance).map(Instruction.Label.class::cast)
                            .findFirst().orElseThrow();
                    assertThat(label.pairs().get(0).value().value()).as(fixed).isEqualTo(authors);
                }
            }
        }

        @Test
        void noFixWhenContinuedOverLines() {
            noFix(rule, "FROM a:1\nMAINTAINER Jane \\\n# who\n  Doe\n");
        }
    }

    @Nested
    class Casing {
        @Test
        void instructionKeywordsTakeTheFilesCase() {
            assertThat(fixed(new ConsistentInstructionCasing(), "FROM a:1\nrun x\nCopy . .\nCMD [\"x\"]\n"))
                    .isEqualTo("FROM a:1\nRUN x\nCOPY . .\nCMD [\"x\"]\n");
            assertThat(fixed(new ConsistentInstructionCasing(), "from a:1\nrun x\nONBUILD run y\n"))
                    .isEqualTo("from a:1\nrun x\nonbuild run y\n");
        }

        @Test
        void asTakesTheCaseOfFrom() {
            assertThat(fixed(new FromAsCasing(), "FROM a:1 as build\nfrom b:1 \\\n  AS run\n"))
                    .isEqualTo("FROM a:1 AS build\nfrom b:1 \\\n  as run\n");
        }
    }

    @Nested
    class AddToCopy {
        private final UseCopyNotAdd rule = new UseCopyNotAdd();

        @Test
        void addOfPlainLocalPathsBecomesCopy() {
            assertThat(fixed(rule, "FROM a:1\nADD --chown=app:app requirements.txt src/ /app/\nadd . /x\n"))
                    .isEqualTo("FROM a:1\nCOPY --chown=app:app requirements.txt src/ /app/\ncopy . /x\n");
        }

        @Test
        void noFixWhenAnotherSourceIsAnArchiveAUrlAVariableOrAnOptionCopyLacks() {
            noFix(rule, "FROM a:1\nADD app.py vendor.tar.gz /app/\n");
            noFix(rule, "FROM a:1\nADD app.py https://example.com/x /app/\n");
            noFix(rule, "FROM a:1\nADD app.py ${FILE} /app/\n");
            noFix(rule, "FROM a:1\nADD --checksum=sha256:abc app.py /app/\n");
            noFix(rule, "FROM a:1\nADD app.py <<EOF /app/\nx\nEOF\n");
        }
    }

    @Nested
    class ShellFormToJson {
        private final JsonFormCmd rule = new JsonFormCmd();

        @Test
        void plainWordsBecomeAJsonArrayUnsafely() {
            assertThat(fixed(rule, "FROM a:1\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n", Fix.Safety.UNSAFE))
                    .isEqualTo("FROM a:1\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\n");
            assertThat(fixed(rule, "FROM a:1\nentrypoint   /docker-entrypoint.sh  \n", Fix.Safety.UNSAFE))
                    .isEqualTo("FROM a:1\nentrypoint   [\"/docker-entrypoint.sh\"]  \n");
        }

        @Test
        void noFixForAnyShellSyntax() {
            noFix(rule, "FROM a:1\nCMD python app.py > /log 2>&1\n");
            noFix(rule, "FROM a:1\nCMD python $APP\n");
            noFix(rule, "FROM a:1\nCMD \"python\" app.py\n");
            noFix(rule, "FROM a:1\nCMD run *.py\n");
            noFix(rule, "FROM a:1\nCMD ~/bin/run\n");
            noFix(rule, "FROM a:1\nCMD a && b\n");
            noFix(rule, "FROM a:1\nCMD PORT=1 run\n");
            noFix(rule, "FROM a:1\nCMD run \\\n  --fast\n");
            noFix(rule, "FROM a:1\nSHELL [\"pwsh\", \"-c\"]\nCMD run app\n");
        }
    }
}
