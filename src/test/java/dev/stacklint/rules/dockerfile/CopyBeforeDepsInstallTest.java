package dev.stacklint.rules.dockerfile;

import org.junit.jupiter.api.Test;

import static dev.stacklint.rules.dockerfile.RuleTester.findings;
import static dev.stacklint.rules.dockerfile.RuleTester.positions;
import static org.assertj.core.api.Assertions.assertThat;

class CopyBeforeDepsInstallTest {
    private final CopyBeforeDepsInstall rule = new CopyBeforeDepsInstall();

    @Test
    void pipRequirementsAfterWholeCopy() {
        assertThat(findings(rule, "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n"
                + "RUN pip install --no-cache-dir -r requirements/prod.txt\n")).containsExactly(
                "3:1-3:9 SL101 COPY of the whole build context comes before `pip install --no-cache-dir -r "
                        + "requirements/prod.txt`, so every source change re-runs the install: copy "
                        + "requirements/prod.txt first, install, then copy the rest");
    }

    @Test
    void everyEcosystemAndSpelling() {
        String[][] cases = {
                {"COPY --chown=app:app ./ /app/", "npm ci", "package.json and package-lock.json"},
                {"ADD . /srv", "npm install --omit=dev", "package.json and package-lock.json"},
                {"COPY * ./", "yarn --frozen-lockfile", "package.json and yarn.lock"},
                {"COPY ./* .", "pnpm install --frozen-lockfile", "package.json and pnpm-lock.yaml"},
                {"COPY . .", "bundle install", "Gemfile and Gemfile.lock"},
                {"COPY . .", "go mod download", "go.mod and go.sum"},
                {"COPY . .", "composer install --no-dev", "composer.json and composer.lock"},
                {"COPY . .", "./mvnw -B dependency:go-offline", "pom.xml"},
                {"COPY . .", "mvn -q dependency:resolve", "pom.xml"},
                {"COPY . .", "uv sync --frozen", "pyproject.toml and uv.lock"},
                {"COPY . .", "uv pip install --system -r requirements.txt", "requirements.txt"},
                {"COPY . .", "poetry install --only main", "pyproject.toml and poetry.lock"},
                {"COPY . .", "pipenv install --deploy", "Pipfile and Pipfile.lock"},
                {"COPY . .", "python -m pip install -e .", "pyproject.toml"},
                {"COPY . .", "pip install .[server]", "pyproject.toml"},
                {"COPY . .", "pip wheel -r requirements.txt -w /wheels", "requirements.txt"},
                {"COPY . .", "pip3 download --requirement=requirements.txt", "requirements.txt"},
                {"COPY . .", "cargo build --release", "Cargo.toml and Cargo.lock"},
                {"COPY . .", "cargo fetch --locked", "Cargo.toml and Cargo.lock"},
        };
        for (String[] c : cases) {
            assertThat(findings(rule, "FROM base:1\n" + c[0] + "\nRUN " + c[1] + "\n"))
                    .as(c[0] + " / " + c[1]).singleElement().asString()
                    .startsWith("2:1-2:" + (c[0].length() + 1) + " SL101 ").contains("copy " + c[2]);
        }
    }

    @Test
    void manifestsFirstIsQuiet() {
        assertThat(findings(rule, "FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"
                + "COPY . .\nRUN pip install --no-deps -e .\n")).isEmpty();
        assertThat(findings(rule, "FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim\n"
                + "RUN --mount=type=bind,source=uv.lock,target=uv.lock --mount=type=bind,source=pyproject.toml,"
                + "target=pyproject.toml uv sync --locked --no-install-project\n"
                + "COPY . /app\nRUN uv sync --locked\n")).isEmpty();
        assertThat(findings(rule, "FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n"))
                .isEmpty();
    }

    @Test
    void otherCasesThatStayQuiet() {
        assertThat(findings(rule, "FROM node:20 AS build\nCOPY . .\nRUN npm run build\n"
                + "FROM node:20\nCOPY --from=build /app/dist .\nRUN npm install -g serve\n"
                + "COPY src/ ./src\nRUN pip install flask gunicorn\n")).isEmpty();
    }

    @Test
    void aStageIsJudgedOnItsOwnAndOnlyOnce() {
        assertThat(positions(rule, "FROM node:20 AS deps\nCOPY package.json package-lock.json ./\nRUN npm ci\n"
                + "FROM node:20\nCOPY . .\nCOPY . /again\nRUN npm ci && pip install -r requirements.txt\n"))
                .containsExactly("5:1-5:9 SL101");
    }

    @Test
    void aFolderCopyBeforeAnInstallRunInItFires() {
        assertThat(positions(rule, "FROM node:20\nWORKDIR /app\nCOPY ./frontend .\nRUN yarn install\n"))
                .containsExactly("3:1-3:18 SL101");
        assertThat(positions(rule, "FROM node:20\nWORKDIR /app\nCOPY frontend/ frontend/\n"
                + "RUN cd frontend && npm ci\n")).containsExactly("3:1-3:25 SL101");
        assertThat(positions(rule, "FROM php:8.3\nCOPY app /var/www\nWORKDIR /var/www\nRUN composer install\n"))
                .containsExactly("2:1-2:18 SL101");
    }

    @Test
    void folderCopiesThatDoNotHoldTheManifestsStayQuiet() {
        // the folder lands below the install's directory, a sibling, or /; the manifests came alone first
        assertThat(findings(rule, "FROM node:20\nWORKDIR /app\nCOPY src ./src\nRUN npm ci\n")).isEmpty();
        assertThat(findings(rule, "FROM node:20\nCOPY rootfs /\nWORKDIR /app\nRUN npm ci\n")).isEmpty();
        assertThat(findings(rule, "FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\n"
                + "COPY config/ .\nRUN yarn install\n")).isEmpty();
        assertThat(findings(rule, "FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile .\nCOPY lib .\n"
                + "RUN bundle install\n")).isEmpty();
        assertThat(findings(rule, "FROM node:20\nWORKDIR /app\nCOPY web ./web\nRUN cd $DIR && npm ci\n"))
                .isEmpty();
    }

    @Test
    void aRootManifestDoesNotServeASubfolder() {
        assertThat(positions(rule, "FROM node:20\nWORKDIR /srv\nCOPY package.json .\nCOPY web ./web\n"
                + "RUN cd web && npm ci\n")).containsExactly("4:1-4:15 SL101");
    }

    @Test
    void mountsAndEarlierStagesKeepItQuiet() {
        assertThat(findings(rule, "FROM rust:1\nCOPY . .\n"
                + "RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release\n")).isEmpty();
        assertThat(findings(rule, "FROM node:20\nWORKDIR /app\nCOPY . .\n"
                + "RUN --mount=type=bind,source=package.json,target=package.json npm ci\n")).isEmpty();
        assertThat(findings(rule, "FROM node:20 AS deps\nCOPY package.json package-lock.json ./\nRUN npm ci\n"
                + "FROM deps AS dev\nCOPY . .\nRUN npm install\n")).isEmpty();
    }
}
