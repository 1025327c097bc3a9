package dev.stacklint.project;

import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryCredentialsTest {
    private static Optional<String> npmrc(String text) {
        return RegistryCredentials.literal(SourceFile.of("app/.npmrc", text));
    }

    private static Optional<String> pypirc(String text) {
        return RegistryCredentials.literal(SourceFile.of(".pypirc", text));
    }

    @Test
    void npmrcLiteralTokensBareOrScoped() {
        assertThat(npmrc("//registry.npmjs.org/:_authToken=npm_abc123\n")).contains("//registry.npmjs.org/:_authToken");
        assertThat(npmrc("registry=https://r.example.com/\n_auth = \"dXNlcjpwYXNz\"\n")).contains("_auth");
        assertThat(npmrc("//r.example.com/:username=ci\n//r.example.com/:_password=c2VjcmV0\n"))
                .contains("//r.example.com/:_password");
    }

    @Test
    void npmrcWithoutALiteralToken() {
        assertThat(npmrc("registry=https://r.example.com/\nalways-auth=true\n")).isEmpty();
        assertThat(npmrc("//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n")).isEmpty();
        assertThat(npmrc("# _authToken=npm_commented\n; _auth=old\n//r/:_authToken=\n")).isEmpty();
    }

    @Test
    void pypircPasswordInAnySection() {
        assertThat(pypirc("[pypi]\nusername = __token__\npassword = pypi-AgEI\n")).contains("password");
        assertThat(pypirc("[internal]\npassword: hunter2\n")).contains("password");
        assertThat(pypirc("[pypi]\nusername = __token__\npassword = <your token>\n")).isEmpty();
        assertThat(pypirc("[pypi]\npassword = $PYPI_TOKEN\n")).isEmpty();
        assertThat(pypirc("[distutils]\nindex-servers =\n    pypi\n")).isEmpty();
    }

    @Test
    void otherFilesAreNotRead() {
        assertThat(RegistryCredentials.literal(SourceFile.of("notes.txt", "password = x\n"))).isEmpty();
    }
}
