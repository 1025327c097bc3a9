package dev.stacklint.compose;

import java.util.Optional;

/**
 * A service's {@code extends}, kept after the loader has applied it.
 *
 * @param service    the extended service's name
 * @param file       the file it is in, when not the same file
 * @param resolution what the loader found
 */
public record ExtendsRef(Located<String> service, Optional<Located<String>> file, Resolution resolution) {

    public enum Resolution {
        RESOLVED,
        /** The named service does not exist in that file. */
        SERVICE_NOT_FOUND,
        /** The file does not exist or could not be read. */
        FILE_NOT_FOUND,
        /** The file is a remote reference ({@code oci://...}, a git URL), which a linter does not fetch. */
        REMOTE,
        /** The chain of extends comes back to this service (reported by the loader as SL003). */
        CYCLE
    }
}
