package dev.stacklint.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentPolicyTest {
    @TempDir
    Path tmp;

    private Path file(String relative) throws IOException {
        Path f = tmp.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "services: {}\n");
        return f;
    }

    @Test
    void aFolderBelowTheLintedRootNamedForDevelopmentMakesItsFilesDevelopment() throws IOException {
        Path tests = file("shop/scripts/test-environments/postgres/compose.yml");
        Path benchmarks = file("shop/packages/benchmarks/docker-compose.yml");
        Path documented = file("shop/docs/Databases/ToroDB/PostgreSQL/docker-compose.yml");
        Path devenv = file("shop/.devenv/docker/postgres/compose.yaml");
        Path deploy = file("shop/deploy/compose.yaml");
        EnvironmentPolicy policy = EnvironmentPolicy.BY_NAME.linting(List.of(tmp.resolve("shop")));
        assertThat(policy.of(tests)).isEqualTo(Environment.DEVELOPMENT);
        assertThat(policy.of(benchmarks)).isEqualTo(Environment.DEVELOPMENT);
        assertThat(policy.of(documented)).isEqualTo(Environment.DEVELOPMENT);
        assertThat(policy.of(devenv)).isEqualTo(Environment.DEVELOPMENT);
        assertThat(policy.of(deploy)).isEqualTo(Environment.UNKNOWN);
    }

    @Test
    void theFoldersAboveTheLintedRootSayNothing() throws IOException {
        Path top = file("dev/shop/compose.yaml");
        Path deploy = file("dev/shop/deploy/compose.yaml");
        EnvironmentPolicy policy = EnvironmentPolicy.BY_NAME.linting(List.of(tmp.resolve("dev/shop")));
        assertThat(policy.of(top)).isEqualTo(Environment.UNKNOWN);
        assertThat(policy.of(deploy)).isEqualTo(Environment.UNKNOWN);
    }

    @Test
    void withoutARootOnlyTheFilesOwnFolderIsRead() throws IOException {
        assertThat(EnvironmentPolicy.BY_NAME.of(file("a/upgrade-tests/compose.yml"))).isEqualTo(Environment.DEVELOPMENT);
        assertThat(EnvironmentPolicy.BY_NAME.of(file("b/tests/deploy/compose.yml"))).isEqualTo(Environment.UNKNOWN);
    }

    @Test
    void aConfiguredPatternWinsOverTheFolder() throws IOException {
        Path ci = file("app/ci/compose.yml");
        EnvironmentPolicy policy = new EnvironmentPolicy(Optional.empty(),
                List.of(new EnvironmentPolicy.Pattern("ci/compose.yml", Environment.PRODUCTION)))
                .linting(List.of(tmp.resolve("app")));
        assertThat(policy.of(ci)).isEqualTo(Environment.PRODUCTION);
    }

    @Test
    void aFolderOfExamplesToStartFromIsNotProduction() throws IOException {
        List<Path> examples = List.of(file("reader/contrib/docker-compose/basic.yml"),
                file("reader/.examples/postgres/compose.yaml"), file("reader/deploy-examples/compose.yaml"),
                file("reader/getting-started/compose.yaml"));
        Path demo = file("reader/demo/compose.yaml");
        Path deploy = file("reader/deploy/compose.yaml");
        EnvironmentPolicy policy = EnvironmentPolicy.BY_NAME.linting(List.of(tmp.resolve("reader")));
        assertThat(examples).allSatisfy(f -> assertThat(policy.of(f)).isEqualTo(Environment.DEVELOPMENT));
        assertThat(policy.of(demo)).isEqualTo(Environment.UNKNOWN);
        assertThat(policy.of(deploy)).isEqualTo(Environment.UNKNOWN);
    }

    @Test
    void aRepositoryNamedAsACollectionOfExamplesIsNotProduction() throws IOException {
        Files.createDirectories(tmp.resolve("keycloak-quickstarts/.git"));
        Files.createDirectories(tmp.resolve("shop/.git"));
        Path quickstart = file("keycloak-quickstarts/proxy/haproxy/passthrough/docker-compose.yaml");
        Path plural = file("shop/quickstarts/compose.yaml");
        Path caseFolder = file("shop/cases/doc-example/compose.yaml");
        Path deploy = file("shop/deploy/compose.yaml");
        EnvironmentPolicy policy = EnvironmentPolicy.BY_NAME.linting(List.of(tmp.resolve("keycloak-quickstarts"),
                tmp.resolve("shop/cases/doc-example")));
        assertThat(policy.of(quickstart)).isEqualTo(Environment.DEVELOPMENT);
        assertThat(policy.of(plural)).isEqualTo(Environment.DEVELOPMENT);
        assertThat(policy.of(caseFolder)).as("a linted folder's own name says nothing").isEqualTo(Environment.UNKNOWN);
        assertThat(policy.of(deploy)).isEqualTo(Environment.UNKNOWN);
    }
}
