package dev.stacklint.project;

import dev.stacklint.source.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryTest {
    @TempDir
    Path dir;

    @Test
    void namesDecideTheKind() {
        assertThat(Discovery.kindOf("Dockerfile")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(Discovery.kindOf("Dockerfile.prod")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(Discovery.kindOf("api.Dockerfile")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(Discovery.kindOf("Containerfile")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(Discovery.kindOf("Dockerfile.dockerignore")).isEqualTo(FileKind.DOCKERIGNORE);
        assertThat(Discovery.kindOf("compose.prod.yaml")).isEqualTo(FileKind.COMPOSE);
        assertThat(Discovery.kindOf("docker-compose-dev.yml")).isEqualTo(FileKind.COMPOSE);
        assertThat(Discovery.kindOf("app.py")).isEqualTo(FileKind.OTHER);
        assertThat(Discovery.kindOf("composer.json")).isEqualTo(FileKind.OTHER);
        assertThat(Discovery.kindOf("dockerfile")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(Discovery.kindOf("Dockerfile.bun")).isEqualTo(FileKind.DOCKERFILE);
    }

    @Test
    void otherFileTypesNamedAfterDockerfilesAreNotDockerfiles() {
        for (String name : new String[] {"dockerfile.yaml", "Dockerfile.yml", "Dockerfile.json", "Dockerfile.md",
                "DOCKERFILE.MD", "Dockerfile.sh", "Dockerfile.txt", "containerfile.yaml", "dockerfile-guide.md",
                "dockerfile.svg", "Dockerfile.png", "dockerfile.PDF"}) {
            assertThat(Discovery.kindOf(name)).as(name).isEqualTo(FileKind.OTHER);
        }
    }

    @Test
    void templateSourcesAreTemplatesByNameOrPath() {
        for (String name : new String[] {"Dockerfile.j2", "Dockerfile.prod.tpl", "api.Dockerfile.template",
                "docker-compose.yml.j2", "compose.yaml.erb", "Containerfile.in", "docker-compose.yaml.tmpl"}) {
            assertThat(Discovery.kindOf(name)).as(name).isEqualTo(FileKind.TEMPLATE);
        }
        assertThat(Discovery.kindOf("settings.py.j2")).isEqualTo(FileKind.OTHER);
        assertThat(Discovery.kindOf(Path.of("/p/{{cookiecutter.slug}}/Dockerfile"))).isEqualTo(FileKind.TEMPLATE);
        assertThat(Discovery.kindOf(Path.of("/p/{% if docker %}docker{% endif %}/compose.yaml"))).isEqualTo(FileKind.TEMPLATE);
        assertThat(Discovery.kindOf(Path.of("/p/{{cookiecutter.slug}}/app.py"))).isEqualTo(FileKind.OTHER);
    }

    @Test
    void theWalkFindsTemplatesButNotOtherFilesNamedAfterDockerfiles() throws IOException {
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.createDirectories(dir.resolve("{{cookiecutter.slug}}"));
        Files.writeString(dir.resolve(".github/workflows/dockerfile.yaml"), "on: push\n");
        Files.writeString(dir.resolve("Dockerfile.md"), "# notes\n");
        Files.writeString(dir.resolve("Dockerfile.j2"), "FROM {{ base }}\n");
        Files.writeString(dir.resolve("{{cookiecutter.slug}}/Dockerfile"), "FROM python:3.12\n");
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12\n");
        assertThat(Discovery.walk(dir)).extracting(f -> dir.relativize(f.path()) + " " + f.kind())
                .containsExactly(".github/workflows/dockerfile.yaml WORKFLOW", "Dockerfile DOCKERFILE",
                        "Dockerfile.j2 TEMPLATE", "{{cookiecutter.slug}}/Dockerfile TEMPLATE");
    }

    @Test
    void yamlFilesOfOtherNamesAreFoundWhenTheyReadAsCompose() throws IOException {
        for (String d : new String[] {"docker-compose", "docker", "k8s", ".github/workflows"}) {
            Files.createDirectories(dir.resolve(d));
        }
        String service = "services:\n  web:\n    image: nginx:1.27\n";
        Files.writeString(dir.resolve("jibri.yml"), service);
        Files.writeString(dir.resolve("docker-compose/prod.yml"), service);
        Files.writeString(dir.resolve("docker/prod.yaml"), service);
        Files.writeString(dir.resolve(".gitlab-ci.yml"), "services: [postgres:17]\ntest:\n  script: [make]\n");
        Files.writeString(dir.resolve("k8s/web.yaml"), "apiVersion: v1\nkind: Service\n");
        Files.writeString(dir.resolve(".github/workflows/ci.yml"), "on: push\njobs:\n  t:\n    services:\n"
                + "      db:\n        image: postgres\n");
        Files.writeString(dir.resolve("settings.yaml"), "services: {}\n");
        assertThat(Discovery.walk(dir)).extracting(f -> dir.relativize(f.path()) + " " + f.kind())
                .containsExactly(".github/workflows/ci.yml WORKFLOW", ".gitlab-ci.yml WORKFLOW",
                        "docker-compose/prod.yml COMPOSE", "docker/prod.yaml COMPOSE", "jibri.yml COMPOSE");
    }

    @Test
    void anExplicitYamlFileIsComposeUnlessItReadsAsOtherYaml() throws IOException {
        Path workflow = Files.writeString(dir.resolve("ci.yml"), "on: push\njobs: {}\n");
        Path empty = Files.writeString(dir.resolve("empty.yml"), "");
        Path addOn = Files.writeString(dir.resolve("jibri.yml"), "services:\n  jibri:\n    image: jitsi/jibri\n");
        assertThat(Discovery.kindOfExplicit(workflow)).isEqualTo(FileKind.OTHER);
        assertThat(Discovery.kindOfExplicit(empty)).isEqualTo(FileKind.COMPOSE);
        assertThat(Discovery.kindOfExplicit(addOn)).isEqualTo(FileKind.COMPOSE);
    }

    @Test
    void standardInputTakesItsKindFromItsNameAndText() {
        java.util.Optional<Path> none = java.util.Optional.empty();
        assertThat(Discovery.kindOfText(none, "FROM python:3.12\n")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(Discovery.kindOfText(none, "services:\n  web:\n    image: nginx\n")).isEqualTo(FileKind.COMPOSE);
        assertThat(Discovery.kindOfText(none, "services: {}\n")).isEqualTo(FileKind.COMPOSE);
        assertThat(Discovery.kindOfText(none, "apiVersion: v1\nkind: Pod\n")).isEqualTo(FileKind.OTHER);
        assertThat(Discovery.kindOfText(none, "from flask import Flask\n")).isEqualTo(FileKind.OTHER);
        assertThat(Discovery.kindOfText(java.util.Optional.of(Path.of("/x/build")), "ARG V\nFROM x:$V\n"))
                .isEqualTo(FileKind.DOCKERFILE);
        assertThat(Discovery.kindOfText(java.util.Optional.of(Path.of("/x/foo.txt")), "services: {}\n"))
                .isEqualTo(FileKind.OTHER);
        assertThat(Discovery.kindOfText(java.util.Optional.of(Path.of("/x/ci.yml")), "on: push\n")).isEqualTo(FileKind.OTHER);
        assertThat(Discovery.kindOfText(java.util.Optional.of(Path.of("/x/Dockerfile")), "")).isEqualTo(FileKind.DOCKERFILE);
    }

    @Test
    void anExplicitFileIsADockerfileOnlyWhenItStartsLikeOne() throws IOException {
        Path build = Files.writeString(dir.resolve("build"), "\uFEFF# syntax=docker/dockerfile:1\n\narg BASE=python\nFROM $BASE\n");
        Path app = Files.writeString(dir.resolve("app.py"), "from flask import Flask\n");
        Path settings = Files.writeString(dir.resolve("settings.yml"), "services: {}\n");
        Path platform = Files.writeString(dir.resolve("web.docker"), "FROM --platform=$BUILDPLATFORM node:22 AS build\n");
        assertThat(Discovery.kindOfExplicit(build)).isEqualTo(FileKind.DOCKERFILE);
        assertThat(Discovery.kindOfExplicit(app)).isEqualTo(FileKind.OTHER);
        assertThat(Discovery.kindOfExplicit(settings)).isEqualTo(FileKind.COMPOSE);
        assertThat(Discovery.kindOfExplicit(platform)).isEqualTo(FileKind.DOCKERFILE);
    }

    @Test
    void toolFoldersAreSkipped() throws IOException {
        Files.createDirectories(dir.resolve("node_modules/x"));
        Files.createDirectories(dir.resolve("svc"));
        Files.writeString(dir.resolve("node_modules/x/Dockerfile"), "FROM x\n");
        Files.writeString(dir.resolve("svc/Dockerfile"), "FROM x\n");
        assertThat(Discovery.walk(dir)).extracting(f -> dir.relativize(f.path()).toString())
                .containsExactly("svc/Dockerfile");
    }

    @Test
    void vendoredDependencyFoldersAreSkippedButAVendorFolderOfTheProjectIsNot() throws IOException {
        for (String vendor : List.of("go/vendor", "php/vendor", "ruby/vendor", "own/vendor")) {
            Files.createDirectories(dir.resolve(vendor + "/lib"));
            Files.writeString(dir.resolve(vendor + "/lib/Dockerfile"), "FROM x\n");
        }
        Files.writeString(dir.resolve("go/vendor/modules.txt"), "# github.com/lib v1.0.0\n");
        Files.writeString(dir.resolve("php/vendor/autoload.php"), "<?php\n");
        Files.createDirectories(dir.resolve("ruby/vendor/bundle/ruby/3.3.0"));
        assertThat(Discovery.walk(dir)).extracting(f -> dir.relativize(f.path()).toString())
                .containsExactly("own/vendor/lib/Dockerfile");
    }

    @Test
    void aPlatformsServiceTemplatesAreTemplatesButAComposeFileBesideThemIsNot() throws IOException {
        Files.createDirectories(dir.resolve("templates/compose"));
        String compose = "services:\n  app:\n    image: nginx:1.27\n    volumes:\n      - data:/data\n";
        Files.writeString(dir.resolve("templates/compose/activepieces.yaml"), compose);
        Files.writeString(dir.resolve("templates/compose/docker-compose.yml"), compose);
        Files.writeString(dir.resolve("stack.yaml"), compose);
        assertThat(Discovery.walk(dir)).extracting(f -> dir.relativize(f.path()) + " " + f.kind())
                .containsExactlyInAnyOrder("stack.yaml COMPOSE", "templates/compose/activepieces.yaml TEMPLATE",
                        "templates/compose/docker-compose.yml COMPOSE");
    }
}
