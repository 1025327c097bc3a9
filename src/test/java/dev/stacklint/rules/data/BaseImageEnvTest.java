package dev.stacklint.rules.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts of {@code base-image-env.yaml} checked against the images' own Dockerfiles (the sources its header names):
 * a name each family's ENV sets, and one it does not (often a name the table once held from memory).
 */
class BaseImageEnvTest {
    private final BaseImageEnv table = BaseImageEnv.builtin();

    private boolean defines(String image, String name) {
        return table.find(image).orElseThrow(() -> new AssertionError(image + " is not in the table")).mayDefine(name);
    }

    @Test
    void python() {
        assertThat(defines("python:3.13-slim", "GPG_KEY")).isTrue();
        assertThat(defines("python:3.8-alpine", "PYTHON_GET_PIP_SHA256")).isTrue(); // past tags
        assertThat(defines("docker.io/library/python:3.12", "PYTHONIOENCODING")).isTrue(); // Windows variants
        assertThat(defines("python:3.12", "PYPY_VERSION")).isFalse(); // pypy's, not python's
    }

    @Test
    void pypy() {
        assertThat(defines("pypy:3.10-slim", "PYPY_VERSION")).isTrue();
        assertThat(defines("pypy:3.10", "GPG_KEY")).isFalse();
    }

    @Test
    void node() {
        assertThat(defines("node:22-alpine", "YARN_VERSION")).isTrue();
        assertThat(defines("node:8", "NPM_CONFIG_LOGLEVEL")).isTrue(); // past tags
        assertThat(defines("node:22", "NPM_TOKEN")).isFalse();
    }

    @Test
    void golangAndRust() {
        assertThat(defines("golang:1.24-alpine", "GOTOOLCHAIN")).isTrue();
        assertThat(defines("golang:1.24", "GOLANG_COMMIT")).isTrue();
        assertThat(defines("rust:1-slim", "CARGO_HOME")).isTrue();
        assertThat(defines("rust:1", "LANG")).isFalse();
    }

    @Test
    void webServers() {
        assertThat(defines("nginx:1.27-alpine", "OTEL_VERSION")).isTrue();
        assertThat(defines("nginx:stable", "LANG")).isFalse();
        assertThat(defines("httpd:2.4", "HTTPD_PATCHES")).isTrue();
        assertThat(defines("httpd:2.4-alpine", "APACHE_CONFDIR")).isFalse(); // php's apache variants set it, httpd not
    }

    @Test
    void phpAndRuby() {
        assertThat(defines("php:8.3-apache", "APACHE_ENVVARS")).isTrue();
        assertThat(defines("php:8.3-fpm-alpine", "PHPIZE_DEPS")).isTrue();
        assertThat(defines("composer:2", "COMPOSER_HOME")).isTrue();
        assertThat(defines("composer:2", "PHP_INI_DIR")).isTrue(); // built FROM php
        assertThat(defines("ruby:3.3-slim", "BUNDLE_APP_CONFIG")).isTrue();
        assertThat(defines("ruby:2.7", "RUBYGEMS_VERSION")).isTrue(); // past tags
        assertThat(defines("ruby:3.3", "RAILS_ENV")).isFalse();
    }

    @Test
    void jdks() {
        assertThat(defines("eclipse-temurin:21-jre", "LC_ALL")).isTrue();
        assertThat(defines("openjdk:17-slim", "LC_ALL")).isFalse(); // temurin's, not openjdk's
        assertThat(defines("openjdk:8", "CA_CERTIFICATES_JAVA_VERSION")).isTrue();
        assertThat(defines("amazoncorretto:21", "LANG")).isTrue();
        assertThat(defines("amazoncorretto:21", "LC_ALL")).isFalse();
        assertThat(defines("sapmachine:21", "MALLOC_ARENA_MAX")).isTrue();
        assertThat(defines("ibm-semeru-runtimes:open-21-jre", "IBM_JAVA_OPTIONS")).isTrue();
        assertThat(defines("maven:3-eclipse-temurin-21", "MAVEN_CONFIG")).isTrue();
        assertThat(defines("gradle:8-jdk21", "JAVA_LTS_HOME")).isTrue();
    }

    @Test
    void databases() {
        assertThat(defines("postgres:16-alpine", "DOCKER_PG_LLVM_DEPS")).isTrue();
        assertThat(defines("postgres:16", "PGDATA")).isTrue();
        assertThat(defines("postgres:16", "POSTGRES_PASSWORD")).isFalse(); // run-time settings, not ENV
        assertThat(defines("mysql:8.4", "MYSQL_SHELL_VERSION")).isTrue();
        assertThat(defines("mysql:8.4", "MYSQL_ROOT_PASSWORD")).isFalse();
        assertThat(defines("redis:7-alpine", "REDIS_DOWNLOAD_SHA")).isTrue();
        assertThat(defines("redis:7", "GOSU_VERSION")).isTrue();
    }

    @Test
    void baseSystems() {
        assertThat(defines("fedora:42", "DISTTAG")).isTrue();
        assertThat(defines("archlinux:latest", "LANG")).isTrue();
        assertThat(defines("alpine:3.22", "LANG")).isFalse();
        assertThat(defines("busybox:1.37", "BUSYBOX_VERSION")).isFalse(); // only its builder sets it
    }
}
