package dev.stacklint.image;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ImageReferenceTest {

    @Test
    void splitsRegistryRepositoryTagAndDigest() {
        ImageReference r = ImageReference.parse("ghcr.io/org/app:1.2@sha256:abc");
        assertThat(r.registry()).isEqualTo("ghcr.io");
        assertThat(r.repository()).isEqualTo("org/app");
        assertThat(r.tag()).contains("1.2");
        assertThat(r.digest()).contains("sha256:abc");
        assertThat(r.name()).isEqualTo("ghcr.io/org/app");
        assertThat(r.variables()).isFalse();
    }

    @Test
    void aRegistryPortIsNotATag() {
        ImageReference r = ImageReference.parse("localhost:5000/app");
        assertThat(r.registry()).isEqualTo("localhost:5000");
        assertThat(r.repository()).isEqualTo("app");
        assertThat(r.tag()).isEmpty();
        assertThat(r.pinned()).isFalse();
        assertThat(ImageReference.parse("localhost:5000/app:1.0").tag()).contains("1.0");
        assertThat(ImageReference.parse("localhost/app").registry()).isEqualTo("localhost");
    }

    @Test
    void aFirstPathElementWithoutDotOrColonIsANamespace() {
        ImageReference r = ImageReference.parse("tiangolo/uwsgi-nginx-flask:python3.12");
        assertThat(r.registry()).isEmpty();
        assertThat(r.host()).isEqualTo("docker.io");
        assertThat(r.repository()).isEqualTo("tiangolo/uwsgi-nginx-flask");
        assertThat(r.name()).isEqualTo("tiangolo/uwsgi-nginx-flask");
    }

    @Test
    void dockerHubSpellingsNameTheSameImage() {
        for (String written : List.of("python:3.12", "library/python:3.12", "docker.io/library/python:3.12",
                "docker.io/python:3.12", "index.docker.io/library/python:3.12", "registry-1.docker.io/python:3.12",
                "Docker.IO/Library/Python:3.12", "mirror.gcr.io/library/python:3.12",
                "public.ecr.aws/docker/library/python:3.12")) {
            ImageReference r = ImageReference.parse(written);
            assertThat(r.name()).as(written).isEqualTo("python");
            assertThat(r.tag()).as(written).contains("3.12");
        }
        assertThat(ImageReference.parse("docker.io/bitnami/redis").name()).isEqualTo("bitnami/redis");
        assertThat(ImageReference.parse("docker.io/bitnami/redis").dockerHub()).isTrue();
        assertThat(ImageReference.parse("mirror.gcr.io/library/python").dockerHub()).isFalse();
    }

    @Test
    void hostNamesAreNormalised() {
        assertThat(ImageReference.host("")).isEqualTo("docker.io");
        assertThat(ImageReference.host("Index.Docker.io")).isEqualTo("docker.io");
        assertThat(ImageReference.host("GHCR.io")).isEqualTo("ghcr.io");
        assertThat(ImageReference.host("myregistry")).isEqualTo("myregistry");
    }

    @Test
    void variablesAreMarked() {
        assertThat(ImageReference.parse("python:${TAG}").variables()).isTrue();
        assertThat(ImageReference.parse("python:${TAG}").versionVariable()).isTrue();
        assertThat(ImageReference.parse("${REGISTRY}alpine:3.12").versionVariable()).isFalse();
        assertThat(ImageReference.parse("${REGISTRY}alpine:3.12").variables()).isTrue();
        assertThat(ImageReference.parse("python:3.12", true).variables()).isTrue();
        assertThat(ImageReference.parse("python:3.12").variables()).isFalse();
    }

    @Test
    void versionAndTagParts() {
        ImageReference r = ImageReference.parse("python:3.8.18-Slim-bookworm");
        assertThat(r.version()).containsExactly("3", "8", "18");
        assertThat(r.tagParts()).containsExactly("3.8.18", "slim", "bookworm");
        assertThat(ImageReference.parse("node:v20-alpine").version()).containsExactly("20");
        assertThat(ImageReference.parse("node:lts").version()).isEmpty();
        assertThat(ImageReference.parse("node").tagParts()).isEmpty();
    }

    record Parts(String registry, String repository, Optional<String> tag, Optional<String> digest) {
        String written() {
            return (registry.isEmpty() ? "" : registry + "/") + repository + tag.map(t -> ":" + t).orElse("")
                    + digest.map(d -> "@" + d).orElse("");
        }
    }

    @Provide
    Arbitrary<Parts> references() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcxyz019-_.").ofMinLength(1).ofMaxLength(8)
                .filter(w -> Character.isLetterOrDigit(w.charAt(0)));
        Arbitrary<String> registry = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.of("ghcr.io", "localhost", "localhost:5000", "registry.example.com:443", "quay.io"));
        Arbitrary<String> repository = word.filter(w -> !w.contains(".")).list().ofMinSize(1).ofMaxSize(3)
                .map(l -> String.join("/", l));
        Arbitrary<Optional<String>> tag = word.optional();
        Arbitrary<Optional<String>> digest = Arbitraries.strings().withChars("0123456789abcdef").ofLength(12)
                .map(h -> "sha256:" + h).optional();
        return Combinators.combine(registry, repository, tag, digest).as(Parts::new);
    }

    @Property(tries = 500)
    void partsComeBackAsWritten(@ForAll("references") Parts parts) {
        ImageReference r = ImageReference.parse(parts.written());
        assertThat(r.registry()).isEqualTo(parts.registry());
        assertThat(r.repository()).isEqualTo(parts.repository());
        assertThat(r.tag()).isEqualTo(parts.tag());
        assertThat(r.digest()).isEqualTo(parts.digest());
        assertThat(r.reference()).isEqualTo(parts.written());
        assertThat(r.pinned()).isEqualTo(parts.tag().isPresent() || parts.digest().isPresent());
    }

    @Property(tries = 300)
    void theNameIgnoresTagDigestCaseAndDockerHubSpelling(@ForAll("references") Parts parts) {
        ImageReference r = ImageReference.parse(parts.written());
        String bare = ImageReference.parse(parts.registry().isEmpty() ? parts.repository()
                : parts.registry() + "/" + parts.repository()).name();
        assertThat(r.name()).isEqualTo(bare).isEqualTo(bare.toLowerCase(Locale.ROOT));
        assertThat(r.name()).doesNotContain("@");
        if (parts.registry().isEmpty()) {
            for (String hub : List.of("docker.io/", "index.docker.io/", "docker.io/library/", "library/")) {
                assertThat(ImageReference.parse(hub + parts.written()).name()).isEqualTo(r.name());
            }
        }
    }

    @Property(tries = 500)
    void neverThrows(@ForAll String text) {
        ImageReference r = ImageReference.parse(text);
        assertThat(r.reference()).isEqualTo(text.trim());
        r.name();
        r.version();
        r.tagParts();
    }
}
