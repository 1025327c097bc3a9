package dev.stacklint.compose;

import org.junit.jupiter.api.Test;

import static dev.stacklint.compose.ComposeSniffer.Verdict.COMPOSE;
import static dev.stacklint.compose.ComposeSniffer.Verdict.COMPOSE_SHAPED;
import static dev.stacklint.compose.ComposeSniffer.Verdict.NOT_COMPOSE;
import static dev.stacklint.compose.ComposeSniffer.Verdict.UNKNOWN;
import static dev.stacklint.compose.ComposeSniffer.sniff;
import static org.assertj.core.api.Assertions.assertThat;

class ComposeSnifferTest {
    @Test
    void addOnComposeFilesAreCompose() {
        assertThat(sniff("""
                services:
                  jibri:
                    image: jitsi/jibri:${JITSI_IMAGE_VERSION:-stable}
                    restart: ${RESTART_POLICY:-unless-stopped}
                    depends_on:
                      - jicofo
                    networks:
                      meet.jitsi:
                """)).isEqualTo(COMPOSE);
        assertThat(sniff("""
                version: "3.8"
                x-defaults: &defaults
                  restart: always
                  logging: {driver: json-file}
                services:
                  web:
                    <<: *defaults
                    build: {context: .., target: production}
                  worker:
                    <<: *defaults
                volumes:
                  data:
                """)).isEqualTo(COMPOSE);
        assertThat(sniff("services: {web: {image: \"nginx:1.27\"}}\n")).isEqualTo(COMPOSE);
        assertThat(sniff("include:\n  - ../base/compose.yaml\n  - path: ./monitoring.yml\n")).isEqualTo(COMPOSE);
        assertThat(sniff("x-big: &big\n" + "  k: v\n".repeat(2_000) + "services:\n  db:\n    image: postgres:17\n"))
                .isEqualTo(COMPOSE);
    }

    @Test
    void anAddOnWithASyntaxErrorAfterItsServicesIsStillCompose() {
        assertThat(sniff("services:\n  web:\n    image: nginx\n  db:\n    image: \"postgres\n")).isEqualTo(COMPOSE);
    }

    @Test
    void otherYamlIsNotCompose() {
        assertThat(sniff("""
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    spec:
                      containers:
                        - image: nginx
                """)).as("Kubernetes").isEqualTo(NOT_COMPOSE);
        assertThat(sniff("""
                - hosts: web
                  tasks:
                    - name: start
                      community.docker.docker_compose_v2:
                        definition:
                          services:
                            web: {image: nginx}
                """)).as("Ansible playbook").isEqualTo(NOT_COMPOSE);
        assertThat(sniff("""
                docker_users: [deploy]
                services:
                  web:
                    image: nginx
                """)).as("Ansible variables").isEqualTo(NOT_COMPOSE);
        assertThat(sniff("""
                name: test
                on: [push]
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    services:
                      postgres:
                        image: postgres:17
                """)).as("GitHub workflow").isEqualTo(NOT_COMPOSE);
        assertThat(sniff("""
                services:
                  - postgres:17
                  - name: redis:7
                    alias: cache
                stages: [test]
                test:
                  services: [mysql:8]
                  script: [make test]
                """)).as("GitLab CI").isEqualTo(NOT_COMPOSE);
        assertThat(sniff("include:\n  - local: /ci/build.yml\n  - template: Security/SAST.gitlab-ci.yml\n"))
                .as("GitLab CI includes").isEqualTo(NOT_COMPOSE);
        assertThat(sniff("replicaCount: 1\nimage:\n  repository: nginx\nservice:\n  type: ClusterIP\n  port: 80\n"))
                .as("Helm values").isEqualTo(NOT_COMPOSE);
        assertThat(sniff("openapi: 3.0.0\ninfo: {title: API}\npaths: {}\n")).as("OpenAPI").isEqualTo(NOT_COMPOSE);
        assertThat(sniff("services:\n  api:\n    url: https://api.example.com\n    timeout: 3\n"))
                .as("an app's own services setting").isEqualTo(NOT_COMPOSE);
        assertThat(sniff("just a string\n")).isEqualTo(NOT_COMPOSE);
    }

    @Test
    void filesWithNothingToGoByAreNotComposeForSure() {
        assertThat(sniff("")).isEqualTo(UNKNOWN);
        assertThat(sniff("# nothing yet\n")).isEqualTo(UNKNOWN);
        assertThat(sniff("version: \"3\"\n")).isEqualTo(UNKNOWN);
        assertThat(sniff("services: {}\n")).isEqualTo(COMPOSE_SHAPED);
        assertThat(sniff("networks:\n  default:\n    name: shared\n")).isEqualTo(COMPOSE_SHAPED);
    }
}
