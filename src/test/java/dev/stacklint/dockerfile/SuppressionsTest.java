package dev.stacklint.dockerfile;

import org.junit.jupiter.api.Test;

import static dev.stacklint.dockerfile.DockerfileParserTest.at;
import static dev.stacklint.dockerfile.DockerfileParserTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

class SuppressionsTest {

    @Test
    void commentLinesRightAboveAnInstruction() {
        Dockerfile df = parse("# hadolint ignore=DL3006,DL3007\nFROM debian\n"
                + "# stacklint ignore=SL101, copy-before-deps-install because we must\n# why: context is tiny\n"
                + "COPY . .\n\n# hadolint ignore=DL3042\n\nRUN pip install x\n");
        Suppressions s = Suppressions.of(df);
        assertThat(s.entries()).hasSize(2);
        assertThat(s.entries().get(0).rules()).extracting(Suppressions.Name::text).containsExactly("DL3006", "DL3007");
        assertThat(s.entries().get(0).hadolint()).isTrue();
        assertThat(at(df, s.entries().get(0).rules().get(1).span())).isEqualTo("1:26-1:32");
        assertThat(at(df, s.entries().get(0).target())).isEqualTo("2:1-2:12");
        assertThat(s.entries().get(1).rules()).extracting(Suppressions.Name::text)
                .containsExactly("SL101", "copy-before-deps-install");
        assertThat(s.entries().get(1).hadolint()).isFalse();
        assertThat(at(df, s.entries().get(1).rules().get(1).span())).isEqualTo("3:27-3:51");
        assertThat(at(df, s.entries().get(1).target())).isEqualTo("5:1-5:9");
        assertThat(at(df, s.entries().get(1).comment())).isEqualTo("3:1-3:67");

        int pip = df.source().text().indexOf("pip install");
        assertThat(s.at(df.source().text().indexOf("debian"))).containsExactly("DL3006", "DL3007");
        assertThat(s.at(pip)).as("a blank line separates the comment from the RUN").isEmpty();
    }

    @Test
    void globalIgnoreAndOnbuildAndHeredocBodies() {
        Dockerfile df = parse("FROM a:1\n# hadolint global ignore=DL3025\n# stacklint ignore=pip-no-cache-dir\n"
                + "RUN <<EOF\npip install y\nEOF\nCMD x\n");
        Suppressions s = Suppressions.of(df);
        int body = df.source().text().indexOf("pip install y");
        assertThat(s.at(body)).containsExactlyInAnyOrder("DL3025", "pip-no-cache-dir");
        assertThat(s.at(df.source().text().indexOf("CMD x"))).containsExactly("DL3025");
        assertThat(s.entries()).extracting(Suppressions.Suppression::scope)
                .containsExactly(Suppressions.Scope.FILE, Suppressions.Scope.INSTRUCTION);
    }

    @Test
    void stageIgnoreCoversTheStageOfTheNextInstruction() {
        Dockerfile df = parse("FROM a:1\nEXPOSE 1\n# hadolint stage ignore=DL3011\nFROM b:1 AS two\nEXPOSE 2\n"
                + "# stacklint stage ignore=DL3002\nUSER root\nFROM c:1\nEXPOSE 3\n");
        Suppressions s = Suppressions.of(df);
        String text = df.source().text();
        assertThat(at(df, s.entries().get(0).target())).isEqualTo("3:1-8:1");
        assertThat(s.entries().get(0).scope()).isEqualTo(Suppressions.Scope.STAGE);
        assertThat(s.at(text.indexOf("EXPOSE 1"))).isEmpty();
        assertThat(s.at(text.indexOf("EXPOSE 2"))).containsExactly("DL3011");
        assertThat(s.at(text.indexOf("USER root"))).containsExactly("DL3011", "DL3002");
        assertThat(s.at(text.indexOf("EXPOSE 3"))).isEmpty();
    }

    @Test
    void otherCommentsAreNotPragmas() {
        Dockerfile df = parse("# hadolint shell=powershell\n# ignore=DL3006\n# stacklint ignore\n"
                + "# hadolint ignore=crazy,DL3006\nFROM debian\n");
        assertThat(Suppressions.of(df).entries()).isEmpty();
    }
}
