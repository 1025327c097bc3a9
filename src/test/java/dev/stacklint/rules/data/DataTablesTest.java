package dev.stacklint.rules.data;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DataTablesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final DeprecatedImages deprecated = DeprecatedImages.builtin();

    private Optional<DeprecatedImages.Verdict> check(String image) {
        return deprecated.check(image, TODAY);
    }

    @Test
    void pythonEndOfLifeTagsWithTheirVariants() {
        assertThat(check("python:3.8-slim")).contains(new DeprecatedImages.Verdict(
                "Python 3.8 reached end of life on 2024-10-07", "use python:3.13-slim"));
        assertThat(check("python:3.9.18-alpine")).map(DeprecatedImages.Verdict::advice).contains("use python:3.13-alpine");
        assertThat(check("python:2.7")).map(DeprecatedImages.Verdict::reason)
                .contains("Python 2 reached end of life on 2020-01-01");
        assertThat(check("docker.io/library/python:3.6")).isPresent();
        assertThat(check("python:3.8-slim-buster")).map(DeprecatedImages.Verdict::advice).contains("use python:3.13-slim");
        // a pinned Alpine release is not built for the newer version: name the distribution only
        assertThat(check("python:3.6-alpine3.7")).map(DeprecatedImages.Verdict::advice).contains("use python:3.13-alpine");
        assertThat(check("python:3.12-slim")).isEmpty();
        assertThat(check("golang:1.24-alpine3.17")).map(DeprecatedImages.Verdict::reason)
                .contains("Alpine Linux 3.17 reached end of life on 2024-11-22");
        assertThat(check("java:8-jdk-alpine")).map(DeprecatedImages.Verdict::advice)
                .contains("use eclipse-temurin (or another maintained JDK image)");
        assertThat(check("golang:1.19-alpine")).map(DeprecatedImages.Verdict::reason)
                .contains("Go 1.19 reached end of life on 2023-08-08");
        assertThat(check("golang:1.2")).isEmpty();
        assertThat(check("alpine:3.17")).map(DeprecatedImages.Verdict::advice).contains("use alpine:3.22");
        assertThat(check("mcr.microsoft.com/dotnet/aspnet:7.0")).map(DeprecatedImages.Verdict::advice)
                .contains("use mcr.microsoft.com/dotnet/aspnet:10.0");
        assertThat(check("mcr.microsoft.com/dotnet/core/runtime:3.1")).map(DeprecatedImages.Verdict::reason)
                .contains("mcr.microsoft.com/dotnet/core/* is deprecated: Microsoft moved the .NET images to"
                        + " mcr.microsoft.com/dotnet/ and stopped updating these");
        assertThat(check("python:3.11")).isEmpty();
        assertThat(check("python")).isEmpty();
        assertThat(check("python:latest")).isEmpty();
        assertThat(check("python:3.1")).isPresent();
    }

    @Test
    void versionsMatchByComponentsNotByText() {
        assertThat(check("python:3.13")).isEmpty();
        assertThat(check("postgres:10")).isPresent();
        assertThat(check("postgres:16-alpine")).isEmpty();
        assertThat(check("mysql:8")).isEmpty();
        assertThat(check("mysql:8.0.19")).map(DeprecatedImages.Verdict::reason)
                .contains("MySQL 8.0 reached end of life on 2026-04");
    }

    @Test
    void datesApplyOnlyOnceTheyHavePassed() {
        assertThat(deprecated.check("python:3.10", LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(deprecated.check("python:3.10", LocalDate.of(2026, 11, 1))).isPresent();
        assertThat(deprecated.check("node:20", LocalDate.of(2026, 4, 29))).isEmpty();
        assertThat(deprecated.check("node:20", LocalDate.of(2026, 4, 30))).isPresent();
    }

    @Test
    void deprecatedRepositoriesWhateverTheTag() {
        assertThat(check("tiangolo/uwsgi-nginx-flask:python3.8")).map(DeprecatedImages.Verdict::advice)
                .contains("use python:3.12-slim with gunicorn, and nginx as its own service");
        assertThat(check("tiangolo/meinheld-gunicorn-flask:python3.9")).isPresent();
        assertThat(check("openjdk:17")).isPresent();
    }

    @Test
    void aliasesAndDistributionVariants() {
        assertThat(check("node:fermium-alpine")).contains(new DeprecatedImages.Verdict(
                "Node.js 14 reached end of life on 2023-04-30", "use node:22-alpine"));
        assertThat(check("ubuntu:bionic")).isPresent();
        assertThat(check("python:3.12-bullseye")).map(DeprecatedImages.Verdict::reason)
                .contains("Debian 11 (bullseye) reached end of life on 2026-08-31");
        assertThat(check("python:3.12-bookworm")).isEmpty();
    }

    @Test
    void extraEntriesComeFirst() {
        DeprecatedImages extended = deprecated.with(List.of(new DeprecatedImages.Entry(List.of("acme/base"), "acme base",
                Optional.of("replaced by acme/base2"), List.of(), Map.of(), Optional.of("use acme/base2"),
                Optional.empty())), List.of());
        assertThat(extended.check("acme/base:1", TODAY)).map(DeprecatedImages.Verdict::advice).contains("use acme/base2");
        assertThat(extended.check("python:3.8", TODAY)).isPresent();
    }

    @Test
    void databaseImages() {
        DatabaseImages db = DatabaseImages.builtin();
        assertThat(db.find("postgres:16-alpine")).map(DatabaseImages.Entry::dataEnv).contains(Optional.of("PGDATA"));
        assertThat(db.find("bitnami/redis:7").map(DatabaseImages.Entry::kind)).contains(DatabaseImages.Kind.CACHE);
        assertThat(db.find("mcr.microsoft.com/mssql/server:2022-latest")).isPresent();
        assertThat(db.find("public.ecr.aws/docker/library/mongo:7")).map(DatabaseImages.Entry::dataDirs)
                .contains(List.of("/data/db"));
        assertThat(db.find("nginx:1.27")).isEmpty();
        assertThat(db.find("myorg/postgres-backup")).isEmpty();
    }

    @Test
    void imageEnvironments() {
        ImageEnvironments.Entry pg = ImageEnvironments.builtin().find("postgres:16").orElseThrow();
        assertThat(pg.reads("POSTGRES_PASSWORD_FILE")).isTrue();
        assertThat(pg.reads("POSTGRES_HOST_AUTH_METHOD_FILE")).isFalse();
        assertThat(pg.reads("POSTGRESPASSWORD")).isFalse();
        assertThat(pg.hasRequired(Set.of("POSTGRES_DB"))).isFalse();
        assertThat(pg.hasRequired(Set.of("POSTGRES_PASSWORD_FILE"))).isTrue();
        assertThat(pg.aliases()).containsEntry("POSTGRES_USERNAME", "POSTGRES_USER");
        assertThat(ImageEnvironments.builtin().find("mongo:7").orElseThrow().hasRequired(Set.of())).isTrue();
    }

    @Test
    void secretNamesAndValues() {
        for (String name : List.of("POSTGRES_PASSWORD", "PGPASSWORD", "SECRET_KEY", "SECRET_KEY_BASE", "STRIPE_API_KEY",
                "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN", "db.password", "POSTGRESPASSWORD", "client-secret", "openaiApiKey",
                "AWS_SECRET_KEY", "MYSQL_ROOT_PASSWD", "GIT_CREDENTIALS")) {
            assertThat(SecretNames.isSecretName(name)).as(name).isTrue();
        }
        for (String name : List.of("POSTGRES_PASSWORD_FILE", "AWS_ACCESS_KEY_ID", "MYSQL_ALLOW_EMPTY_PASSWORD",
                "MYSQL_RANDOM_ROOT_PASSWORD", "JWT_TOKEN_EXPIRY", "PASSWORD_RESET_TIMEOUT_DAYS", "GPG_KEY",
                "POSTGRES_HOST_AUTH_METHOD", "TOKENIZER_MODEL", "DB_USER", "AWS_ACCESS_KEY", "MINIO_ACCESS_KEY", "S3_KEY_ID",
                "SECRETARY", "PUBLIC_KEY", "DB_USERNAME", "REDIS_PORT", "SMTP_PASSWORD_HOST", "ADMIN_EMAIL")) {
            assertThat(SecretNames.isSecretName(name)).as(name).isFalse();
        }
        assertThat(SecretValue.of("hunter2", "hunter2")).isEqualTo(SecretValue.SECRET);
        assertThat(SecretValue.of("password", "password")).isEqualTo(SecretValue.SECRET);
        assertThat(SecretValue.of("20241129", "20241129")).isEqualTo(SecretValue.SECRET);
        for (String none : List.of("", "  ", "yes", "\"false\"", "3600", "0.5", "/run/secrets/db_password",
                "/etc/app/credentials", "/run/jigasi/config/key.json", "./secrets/key.pem", "config/sa.json",
                "~/.aws/credentials", "key.json")) {
            assertThat(SecretValue.of(none, none)).as(none).isEqualTo(SecretValue.NOT_SECRET);
        }
        assertThat(SecretValue.of("${DB_PASSWORD}", "")).isEqualTo(SecretValue.NOT_SECRET);
        assertThat(SecretValue.of("\"$DB_PASSWORD\"", "s3cret")).isEqualTo(SecretValue.NOT_SECRET);
        for (String placeholder : List.of("changeme", "CHANGE_ME", "change-this-insecure-key", "<your-api-key>",
                "your_secret_here", "xxxxxxxx", "******", "placeholder", "replace-with-a-long-random-string",
                "put-your-token-here", "\"changeit\"")) {
            assertThat(SecretValue.of(placeholder, placeholder)).as(placeholder).isEqualTo(SecretValue.PLACEHOLDER);
        }
        assertThat(SecretValue.urlPassword("postgresql://app:pw@db/app", "postgresql://app:pw@db/app"))
                .contains(SecretValue.SECRET);
        assertThat(SecretValue.urlPassword("redis://:pw@cache:6379/0", "redis://:pw@cache:6379/0"))
                .contains(SecretValue.SECRET);
        assertThat(SecretValue.urlPassword("mysql://root:1234@db/app", "mysql://root:1234@db/app"))
                .contains(SecretValue.SECRET);
        assertThat(SecretValue.urlPassword("postgresql://placeholder:placeholder@localhost:5432/placeholder",
                "postgresql://placeholder:placeholder@localhost:5432/placeholder")).contains(SecretValue.PLACEHOLDER);
        assertThat(SecretValue.urlPassword("postgresql://app:STRONG_DB_PASSWORD@db/app",
                "postgresql://app:STRONG_DB_PASSWORD@db/app")).contains(SecretValue.PLACEHOLDER);
        assertThat(SecretValue.urlPassword("postgresql://app:${PW}@db/app", "postgresql://app:x@db/app")).isEmpty();
        assertThat(SecretValue.urlPassword("redis://cache:6379/0", "redis://cache:6379/0")).isEmpty();
        assertThat(SecretValue.urlPassword("http://user@host/x", "http://user@host/x")).isEmpty();
        assertThat(SecretValue.fallback("${PW:-hunter2}")).contains(new SecretValue.Fallback("PW", SecretValue.SECRET));
        assertThat(SecretValue.fallback("\"${PW:-changeme}\"")).contains(new SecretValue.Fallback("PW",
                SecretValue.PLACEHOLDER));
        assertThat(SecretValue.fallback("${PW:-}")).isEmpty();
        assertThat(SecretValue.fallback("${PW_FILE:-/run/secrets/pw}")).isEmpty();
    }
}
