package dev.stacklint.rules.dockerfile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretInArgOrEnvTest {

    @Test
    void namesThatHoldSecrets() {
        for (String name : new String[] {"DB_PASSWORD", "NPM_TOKEN", "openai_api_key", "openaiApiKey",
                "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "GIT_CREDENTIALS", "SSH_PRIVATE_KEY",
                "MYSQL_ROOT_PASSWD"}) {
            assertThat(SecretInArgOrEnv.looksSecret(name)).as(name).isTrue();
        }
    }

    @Test
    void namesThatDoNot() {
        for (String name : new String[] {"POSTGRES_PASSWORD_FILE", "TOKENIZER_PATH", "KEYBOARD", "PUBLIC_KEY",
                "SECRETARY", "APP_HOME", "PASSWORD_URL", "NODE_ENV", "GPG_KEY"}) {
            assertThat(SecretInArgOrEnv.looksSecret(name)).as(name).isFalse();
        }
    }

    @Test
    void reportsTheNameWhereItIsDeclared() {
        assertThat(RuleTester.positions(new SecretInArgOrEnv(),
                "ARG NPM_TOKEN\nFROM node:20\nENV APP_HOME=/app DB_PASSWORD=x\nONBUILD ARG GITHUB_TOKEN\n"))
                .containsExactly("1:5-1:14 DL3064", "3:19-3:30 DL3064", "4:13-4:25 DL3064");
    }
}
