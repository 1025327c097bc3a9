package dev.stacklint.project;

import dev.stacklint.image.ImageReference;

import java.util.Set;

/**
 * Official language and OS images. What they hold is known well enough: nothing in the folders an application's
 * Dockerfile creates, and no environment variable that configures an application server. Any other base image
 * may carry files and variables the linter cannot see.
 */
public final class PlainImages {
    private static final Set<String> NAMES = Set.of("python", "pypy", "node", "debian", "ubuntu", "alpine",
            "golang", "ruby", "php", "eclipse-temurin", "amazoncorretto", "fedora", "rockylinux", "almalinux",
            "busybox", "buildpack-deps", "amazonlinux");

    private PlainImages() {
    }

    public static boolean isPlain(String reference) {
        ImageReference image = ImageReference.parse(reference);
        return !image.variables() && NAMES.contains(image.name());
    }
}
