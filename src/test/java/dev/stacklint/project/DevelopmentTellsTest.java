package dev.stacklint.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentTellsTest {
    @Test
    void aDevelopmentWarningAfterTheLicenceHeaderCounts() {
        String text = """
                # Licensed to the Foundation under one or more contributor license agreements.
                #
                #   http://www.apache.org/licenses/LICENSE-2.0

                # Basic cluster configuration.
                #
                # WARNING: This configuration is for local development. Do not use it in production.
                ---
                services: {}
                """;
        assertThat(DevelopmentTells.header(text)).isTrue();
    }

    @Test
    void theLicenceItselfSaysNothing() {
        assertThat(DevelopmentTells.header("""
                # Licensed under the Apache License; not for production use without a licence for development.
                services: {}
                """)).isFalse();
    }

    @Test
    void aListItemSpeaksOfAPartNotOfTheFile() {
        assertThat(DevelopmentTells.header("""
                # Profiles:
                # - just-backend: every service but the web app, for local development
                # 2) debug: for development
                services: {}
                """)).isFalse();
    }

    @Test
    void aDemoIsNotDevelopment() {
        // a demo may well be a public deployment
        assertThat(DevelopmentTells.header("# the demo stack\nservices: {}\n")).isFalse();
    }

    @Test
    void aCommentAfterTheFirstKeyIsNotTheHeader() {
        assertThat(DevelopmentTells.header("services:\n  # for local development\n  web: {}\n")).isFalse();
    }
}
