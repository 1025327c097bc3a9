package dev.stacklint.dockerfile;

import java.util.Locale;
import java.util.Optional;

/**
 * An image reference split into its parts: {@code [registry/]repository[:tag][@digest]}.
 * Docker Hub official images have the repository {@code library/NAME} but {@link #shortName()} gives {@code NAME}.
 *
 * @param registry   the registry host ({@code ghcr.io}, {@code localhost:5000}), empty for Docker Hub
 * @param repository the path without registry, e.g. {@code postgres} or {@code tiangolo/uwsgi-nginx-flask}
 * @param tag        the tag, if written
 * @param digest     the digest ({@code sha256:...}), if written
 */
public record ImageRef(String registry, String repository, Optional<String> tag, Optional<String> digest) {

    public static ImageRef parse(String reference) {
        String ref = reference.trim();
        Optional<String> digest = Optional.empty();
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(ref.substring(at + 1));
            ref = ref.substring(0, at);
        }
        String registry = "";
        int slash = ref.indexOf('/');
        if (slash > 0) {
            String first = ref.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                ref = ref.substring(slash + 1);
            }
        }
        Optional<String> tag = Optional.empty();
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            tag = Optional.of(ref.substring(colon + 1));
            ref = ref.substring(0, colon);
        }
        return new ImageRef(registry, ref, tag, digest);
    }

    /** The repository without Docker Hub's {@code library/} prefix, lower-cased. */
    public String shortName() {
        String r = repository.toLowerCase(Locale.ROOT);
        return r.startsWith("library/") && registry.isEmpty() ? r.substring("library/".length()) : r;
    }

    /** The last path element: {@code postgres} for {@code bitnami/postgres}. */
    public String baseName() {
        String r = shortName();
        return r.substring(r.lastIndexOf('/') + 1);
    }
}
