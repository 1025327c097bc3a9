package dev.stacklint.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GitIgnoreTest {

    @TempDir
    Path repo;

    private Path file(String path) throws IOException {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        if (!Files.exists(p)) {
            Files.writeString(p, "");
        }
        return p;
    }

    @Test
    void readsGitignoreFilesAsGitDoes() throws IOException {
        Files.createDirectories(repo.resolve(".git/info"));
        Files.writeString(repo.resolve(".gitignore"), """
                # local settings
                .env
                .env.*
                !.env.example
                /config/*.local
                secrets/
                *.pem
                """);
        Files.writeString(file("deploy/.gitignore"), "!prod.pem\nlocal.env\n");
        Files.writeString(repo.resolve(".git/info/exclude"), "scratch.env\n");
        assertThat(GitIgnore.ignored(file(".env"))).isTrue();
        assertThat(GitIgnore.ignored(file("app/.env"))).isTrue();
        assertThat(GitIgnore.ignored(file(".env.production"))).isTrue();
        assertThat(GitIgnore.ignored(file(".env.example"))).isFalse();
        assertThat(GitIgnore.ignored(file("config/app.local"))).isTrue();
        assertThat(GitIgnore.ignored(file("app/config/app.local"))).isFalse();
        assertThat(GitIgnore.ignored(file("secrets/db.env"))).isTrue();
        assertThat(GitIgnore.ignored(file("app/secrets/db.env"))).isTrue();
        assertThat(GitIgnore.ignored(repo.resolve("secrets"))).isTrue(); // the folder itself
        assertThat(GitIgnore.ignored(file("docs/secrets"))).isFalse(); // a file named like the folder pattern
        // a path nobody created yet, below an ignored folder (`vendor/` that composer fills)
        assertThat(GitIgnore.ignored(repo.resolve("secrets/not/there/yet"))).isTrue();
        assertThat(GitIgnore.ignored(file("deploy/prod.pem"))).isFalse();
        assertThat(GitIgnore.ignored(file("deploy/dev.pem"))).isTrue();
        assertThat(GitIgnore.ignored(file("deploy/local.env"))).isTrue();
        assertThat(GitIgnore.ignored(file("local.env"))).isFalse();
        assertThat(GitIgnore.ignored(file("scratch.env"))).isTrue();
        assertThat(GitIgnore.ignored(file("app.env"))).isFalse();
    }

    @Test
    void outsideARepositoryNothingIsIgnored() throws IOException {
        Files.writeString(repo.resolve(".gitignore"), ".env\n");
        assertThat(GitIgnore.ignored(file(".env"))).isFalse();
    }
}
