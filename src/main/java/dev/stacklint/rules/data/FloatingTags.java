package dev.stacklint.rules.data;

import dev.stacklint.image.ImageReference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tags that name no version but a channel the publisher moves ({@code latest}, {@code lts}, {@code stable},
 * {@code alpine}...): {@code .stacklint.yaml}'s {@code floating-tags} replaces the built-in list. A tag floats when
 * its first dash-separated part is one of them: {@code node:lts-alpine}, {@code nginx:stable-alpine},
 * {@code python:alpine} float; {@code node:20-alpine} and {@code alpine:3.20} do not, nor does a flavour word followed
 * by a version ({@code deno:alpine-2.5.6}, the Alpine flavour of release 2.5.6).
 *
 * @param tags the floating tags, lower case
 */
public record FloatingTags(Set<String> tags) {
    public static final FloatingTags BUILTIN = of(List.of("latest", "stable", "lts", "edge", "nightly", "mainline",
            "current", "rolling", "alpine"));

    /**
     * Words that name a build flavour (the base system), not a release channel: with a version after them
     * ({@code alpine-2.5.6}) the tag is that release's flavour. A channel stays a channel whatever follows it:
     * {@code cargo-chef:latest-rust-1.95} is the newest cargo-chef on Rust 1.95.
     */
    private static final Set<String> FLAVOURS = Set.of("alpine", "slim", "bookworm", "bullseye", "jammy", "noble");

    public static FloatingTags of(List<String> tags) {
        return new FloatingTags(tags.stream().map(t -> t.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The tag, as written, of an image that floats and is not pinned by digest ({@code lts-alpine}), if any. */
    public Optional<String> floating(ImageReference image) {
        if (image.digest().isPresent() || image.versionVariable()) {
            return Optional.empty();
        }
        List<String> parts = image.tagParts();
        if (parts.isEmpty() || !tags.contains(parts.get(0))
                || FLAVOURS.contains(parts.get(0)) && parts.stream().skip(1).anyMatch(FloatingTags::version)) {
            return Optional.empty();
        }
        return image.tag();
    }

    /** A part that starts with a digit ({@code 2.5.6}, {@code 20240101}) names a release, not a channel. */
    private static boolean version(String part) {
        return !part.isEmpty() && Character.isDigit(part.charAt(0));
    }
}
