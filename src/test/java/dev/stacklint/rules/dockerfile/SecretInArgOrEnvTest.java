package dev.stacklint.rules.dockerfile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretInArgOrEnvTest {

    @Test
    void reportsTheNameWhereItIsDeclared() {
        assertThat(RuleTester.positions(new SecretInArgOrEnv(),
                "ARG NPM_TOKEN\nFROM node:20\nENV APP_HOME=/app DB_PASSWORD=x\nONBUILD ARG GITHUB_TOKEN\n"))
                .containsExactly("1:5-1:14 DL3064", "3:19-3:30 DL3064", "4:13-4:25 DL3064");
    }

    @Test
    void aValueThatCannotBeASecretKeepsItQuiet() {
        assertThat(RuleTester.positions(new SecretInArgOrEnv(), """
                FROM python:3.12
                ENV GOOGLE_APPLICATION_CREDENTIALS=/run/config/key.json API_TOKEN="" USE_PASSWORD=true
                ENV AUTH_TOKEN_LENGTH=64 SECRET_KEY=${SECRET_KEY} AWS_ACCESS_KEY_ID=AKIA0000
                ARG DB_PASSWORD=
                ARG SERVICE_ACCOUNT_CREDENTIALS=config/sa.json
                """)).containsExactly("3:26-3:36 DL3064", "4:5-4:16 DL3064");
    }
}
