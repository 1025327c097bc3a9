package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.stacklint.rules.dockerfile.RuleTester.findings;
import static dev.stacklint.rules.dockerfile.RuleTester.positions;
import static org.assertj.core.api.Assertions.assertThat;

class JsonFormCmdTest {
    private final JsonFormCmd rule = new JsonFormCmd();

    @Test
    void shellFormCmdWithAnExactSuggestion() {
        assertThat(findings(rule, "FROM python:3.12\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n")).containsExactly(
                "2:5-2:41 DL3025 CMD in shell form runs under /bin/sh -c, so the process does not receive signals "
                        + "such as SIGTERM: write it as a JSON array, e.g. CMD [\"gunicorn\", \"--bind\", "
                        + "\"0.0.0.0:8000\", \"app:app\"]");
    }

    @Test
    void shellFeaturesGetAGenericSuggestion() {
        assertThat(findings(rule, "FROM a:1\nENTRYPOINT exec python app.py > /log 2>&1\n")).containsExactly(
                "2:12-2:42 DL3025 ENTRYPOINT in shell form runs under /bin/sh -c, so the process does not receive "
                        + "signals such as SIGTERM: write it as a JSON array, e.g. ENTRYPOINT [\"executable\", \"arg\"] "
                        + "(move shell logic into a script)");
    }

    @Test
    void onbuildAndContinuationsButNotHealthcheck() {
        assertThat(positions(rule, "FROM a:1\nHEALTHCHECK --interval=5s CMD curl -f http://x/ || exit 1\n"
                + "ONBUILD CMD run \\\n  --fast\nHEALTHCHECK NONE\n"))
                .containsExactly("3:13-4:9 DL3025");
    }

    @Test
    void onlyTheStagesTheImageIsMadeOf() {
        String text = "FROM a:1 AS base\nCMD serve\nFROM a:1 AS build\nCMD make\nFROM base AS prod\n"
                + "ENTRYPOINT run prod\nFROM a:1 AS dev\nCMD dev\n";
        assertThat(positions(rule, text)).containsExactly("8:5-8:8 DL3025");
        Builds prod = new Builds(List.of(Optional.of("prod")), Set.of(), false);
        assertThat(RuleTester.run(rule, text, prod).stream().map(f -> f.start().line()).toList())
                .containsExactly(2, 6, 8);
    }

    @Test
    void jsonFormAndEmptyCmdAreFine() {
        assertThat(findings(rule, "FROM a:1\nCMD [\"python\", \"app.py\"]\nENTRYPOINT []\nCMD\n"
                + "HEALTHCHECK CMD [\"/bin/check\"]\nRUN echo shell is fine here\n")).isEmpty();
    }
}
