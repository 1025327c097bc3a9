package dev.stacklint.compose;

import java.util.Optional;

/**
 * A service's {@code image}: {@code [REGISTRY[:PORT]/]REPOSITORY[:TAG][@DIGEST]}.
 *
 * @param reference     the reference as loaded (variables substituted) and where it was written
 * @param usesVariables true when the written value contained {@code ${...}}: its tag is then not known statically
 */
public record ImageRef(Located<String> reference, boolean usesVariables) {

    /** The tag, if the reference names one ({@code postgres:16} → {@code 16}; a registry port is not a tag). */
    public Optional<String> tag() {
        String ref = withoutDigest();
        int colon = ref.lastIndexOf(':');
        return colon > ref.lastIndexOf('/') ? Optional.of(ref.substring(colon + 1)) : Optional.empty();
    }

    /** The digest ({@code sha256:...}), if pinned by one. */
    public Optional<String> digest() {
        String ref = reference.value();
        int at = ref.indexOf('@');
        return at >= 0 ? Optional.of(ref.substring(at + 1)) : Optional.empty();
    }

    /** The reference without tag and digest ({@code docker.io/library/postgres}). */
    public String repository() {
        String ref = withoutDigest();
        int colon = ref.lastIndexOf(':');
        return colon > ref.lastIndexOf('/') ? ref.substring(0, colon) : ref;
    }

    private String withoutDigest() {
        String ref = reference.value();
        int at = ref.indexOf('@');
        return at >= 0 ? ref.substring(0, at) : ref;
    }
}
