package dev.stacklint.rules.dockerfile;

import org.junit.jupiter.api.Test;

import static dev.stacklint.rules.dockerfile.RuleTester.findings;
import static dev.stacklint.rules.dockerfile.RuleTester.positions;
import static org.assertj.core.api.Assertions.assertThat;

class PipNoCacheDirTest {
    private final PipNoCacheDir rule = new PipNoCacheDir();

    @Test
    void reportsEachPipInstallCommand() {
        assertThat(findings(rule, "FROM python:3.12\nRUN pip install --upgrade pip && pip install -r requirements.txt\n"))
                .containsExactly(
                        "2:5-2:30 DL3042 pip install without --no-cache-dir leaves pip's download cache in the layer: "
                                + "add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1, or use "
                                + "RUN --mount=type=cache,target=/root/.cache/pip)",
                        "2:34-2:65 DL3042 pip install without --no-cache-dir leaves pip's download cache in the layer: "
                                + "add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1, or use "
                                + "RUN --mount=type=cache,target=/root/.cache/pip)");
    }

    @Test
    void pythonDashMPipShDashCExecFormAndHeredoc() {
        assertThat(positions(rule, "FROM python:3.12\nRUN python3.12 -m pip install flask\n"
                + "RUN sh -c 'pip3 install x'\nRUN [\"pip\", \"install\", \"y\"]\nRUN <<EOF\nset -e\npip install z\nEOF\n"))
                .containsExactly("2:5-2:36 DL3042", "3:12-3:26 DL3042", "4:5-4:28 DL3042", "7:1-7:14 DL3042");
    }

    @Test
    void quietWithOptionEnvMountOrOtherTools() {
        assertThat(findings(rule, "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=yes\nFROM base\n"
                + "RUN pip install a\n")).isEmpty();
        assertThat(findings(rule, "FROM python:3.12\n"
                + "RUN pip install --no-cache-dir a && pip --no-cache-dir install b\n"
                + "RUN --mount=type=cache,target=/root/.cache/pip pip install c\n"
                + "RUN --mount=type=cache,target=/root/.cache/ pip install c\n"
                + "ENV PIP_CACHE_DIR=/var/cache/pip\nRUN --mount=type=cache,dst=/var/cache/pip pip install d\n"
                + "RUN PIP_NO_CACHE_DIR=on pip install e\nRUN export PIP_NO_CACHE_DIR=1; pip install f\n"
                + "RUN pipx install g && pipenv install && uv pip install h && pip download i\n")).isEmpty();
    }

    @Test
    void falsyEnvAndBindMountsStillFire() {
        assertThat(positions(rule, "FROM python:3.12\nENV PIP_NO_CACHE_DIR=off\nRUN pip install a\n"
                + "RUN --mount=type=bind,target=/root/.cache/pip pip install b\n"))
                .containsExactly("3:5-3:18 DL3042", "4:47-4:60 DL3042");
    }
}
