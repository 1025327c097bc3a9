package dev.stacklint.rules.dockerfile;

import org.junit.jupiter.api.Test;

import static dev.stacklint.rules.dockerfile.RuleTester.findings;
import static dev.stacklint.rules.dockerfile.RuleTester.positions;
import static org.assertj.core.api.Assertions.assertThat;

class ImageTagRulesTest {
    private final ImageTagMissing missing = new ImageTagMissing();
    private final ImageLatestTag latest = new ImageLatestTag();

    @Test
    void untaggedImageIsReportedOnTheImageWord() {
        assertThat(findings(missing, "FROM --platform=linux/amd64 python AS app\n")).containsExactly(
                "1:29-1:35 DL3006 image python has no tag, so each build takes whatever is newest: "
                        + "pin a version, e.g. python:<version>, or a digest");
    }

    @Test
    void exemptions() {
        assertThat(findings(missing, "ARG BASE=python:3.12\nFROM $BASE AS build\nFROM build AS test\n"
                + "FROM BUILD\nFROM scratch\nFROM ruby@sha256:abc\nFROM ghcr.io/org/app:1.2\n"
                + "FROM localhost:5000/app:dev\n")).isEmpty();
    }

    @Test
    void laterStageNamesAndRegistryPortsDoNotCount() {
        assertThat(positions(missing, "FROM build\nFROM node:20 AS build\nFROM localhost:5000/app\n"))
                .containsExactly("1:6-1:11 DL3006", "3:6-3:24 DL3006");
    }

    @Test
    void latestTag() {
        assertThat(findings(latest, "FROM debian:latest AS b\n")).containsExactly(
                "1:6-1:19 DL3007 image debian:latest uses the moving :latest tag: pin a specific version "
                        + "(or a digest) so that builds are repeatable");
        assertThat(findings(latest, "FROM debian:latest@sha256:abc\nFROM debian\nFROM debian:12-slim\n"))
                .isEmpty();
        assertThat(positions(latest, "FROM debian:latest-slim\nFROM node:lts-alpine\nFROM node:${TAG}\n"))
                .containsExactly("1:6-1:24 DL3007", "2:6-2:21 DL3007");
    }
}
