package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --exclude}, config {@code exclude}, {@code .gitignore} / {@code --no-gitignore}, and {@code --list-files}. */
class CliExcludeTest {
    @TempDir
    Path dir;

    /** Each Dockerfile has one finding: DL3007 at 1:6. */
    private void dockerfile(String path) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "FROM python:latest\n");
    }

    /** The files with a DL3007 finding, in report order. */
    private List<String> linted(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--format=compact";
        all[args.length + 1] = "--failure-threshold=none";
        CliRun run = CliRun.of(all);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run.out().lines().filter(l -> l.contains("DL3007"))
                .map(l -> dir.relativize(Path.of("").toAbsolutePath().resolve(l.substring(0, l.indexOf(':'))).normalize())
                        .toString().replace('\\', '/'))
                .toList();
    }

    @Test
    void excludeLeavesOutFoldersAndNamesButNotFilesNamedExplicitly() throws IOException {
        dockerfile("app/Dockerfile");
        dockerfile("vendor/lib/Dockerfile");
        dockerfile("docs/Dockerfile.example");
        assertThat(linted(dir.toString())).containsExactly("app/Dockerfile", "docs/Dockerfile.example",
                "vendor/lib/Dockerfile");
        assertThat(linted("--exclude", "vendor", "--exclude", "*.example", dir.toString()))
                .containsExactly("app/Dockerfile");
        assertThat(linted("--exclude", "vendor", dir.resolve("vendor/lib/Dockerfile").toString()))
                .containsExactly("vendor/lib/Dockerfile");
    }

    @Test
    void configExcludeIsRelativeToTheConfigurationFolder() throws IOException {
        dockerfile("app/Dockerfile");
        dockerfile("third_party/x/Dockerfile");
        dockerfile("app/third_party/Dockerfile");
        Files.writeString(dir.resolve(".stacklint.yaml"), "exclude:\n  - third_party/**\n");
        assertThat(linted(dir.toString())).containsExactly("app/Dockerfile", "app/third_party/Dockerfile");
    }

    @Test
    void gitignoreIsRespectedInARepositoryWithNestedFilesAndNegations() throws IOException {
        Files.createDirectories(dir.resolve(".git/info"));
        Files.writeString(dir.resolve(".git/info/exclude"), "scratch/\n");
        Files.writeString(dir.resolve(".gitignore"), "# generated\nbuild/\n*.gen.Dockerfile\n");
        Files.createDirectories(dir.resolve("deploy"));
        Files.writeString(dir.resolve("deploy/.gitignore"), "*\n!Dockerfile\n!*/\n");
        dockerfile("Dockerfile");
        dockerfile("app.gen.Dockerfile");
        dockerfile("build/Dockerfile");
        dockerfile("scratch/Dockerfile");
        dockerfile("deploy/Dockerfile");
        dockerfile("deploy/Dockerfile.old");
        dockerfile("deploy/nested/Dockerfile");
        assertThat(linted(dir.toString())).containsExactly("Dockerfile", "deploy/Dockerfile", "deploy/nested/Dockerfile");
        assertThat(linted("--no-gitignore", dir.toString())).containsExactly("Dockerfile", "app.gen.Dockerfile",
                "build/Dockerfile", "deploy/Dockerfile", "deploy/Dockerfile.old", "deploy/nested/Dockerfile",
                "scratch/Dockerfile");
    }

    @Test
    void gitignoreIsNotReadOutsideARepository() throws IOException {
        Files.writeString(dir.resolve(".gitignore"), "build/\n");
        dockerfile("build/Dockerfile");
        assertThat(linted(dir.toString())).containsExactly("build/Dockerfile");
    }

    @Test
    void listFilesSaysWhatWouldBeReadAndWhyAndLintsNothing() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), "vendor/\n");
        dockerfile("web/Dockerfile");
        dockerfile("vendor/Dockerfile");
        Files.writeString(dir.resolve("web/app.py"), "print('hi')\n");
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: web\n");
        Files.writeString(dir.resolve("Buildfile"), "# builder\nFROM alpine:3.20\n");

        CliRun run = CliRun.of("--list-files", "--exclude", "web/*.md", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().replace(dir.toString(), "D").lines()).containsExactly(
                "D/compose.yaml (compose): found in D by its name",
                "D/web/Dockerfile (dockerfile): found in D by its name",
                "D/vendor/ (skipped): .gitignore:1: vendor/");

        run = CliRun.of("--list-files", dir.resolve("Buildfile").toString(), dir.resolve("web/app.py").toString());
        assertThat(run.out().replace(dir.toString(), "D").lines()).containsExactly(
                "D/Buildfile (dockerfile): named on the command line; its first instruction is FROM or ARG",
                "D/compose.yaml (compose): read for the stack of Buildfile (its findings are reported with --all-related)",
                "D/web/app.py (other): named on the command line; not a Dockerfile or Compose file: checked through the stack around it",
                "D/web/Dockerfile (dockerfile): read for the stack of app.py (its findings are reported with --all-related)");
    }

    @Test
    void aMalformedExcludeGlobIsAUsageError() {
        CliRun run = CliRun.of("--exclude", "a{b", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stacklint: --exclude a{b: not a valid glob");
    }
}
