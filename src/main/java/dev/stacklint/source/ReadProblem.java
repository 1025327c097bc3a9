package dev.stacklint.source;

/**
 * What made a file unreadable or misleading when it was read: where (an offset into the text read) and what.
 *
 * @param kind   what is wrong
 * @param offset where in the decoded text (0 when the whole file is concerned)
 * @param detail the specifics: the reason a read failed, the bad byte, the encoding found
 */
public record ReadProblem(Kind kind, int offset, String detail) {
    public enum Kind {
        /** The file could not be read at all (a broken link, no permission, a folder): its text is empty. */
        UNREADABLE,
        /** A byte sequence that is not UTF-8; the text holds U+FFFD in its place. */
        INVALID_UTF8,
        /** UTF-16 with a byte-order mark, decoded. */
        UTF16_BOM,
        /** UTF-32 with a byte-order mark, decoded. */
        UTF32_BOM,
        /** Wide text (UTF-16 or UTF-32) without a byte-order mark: not decoded. */
        WIDE_WITHOUT_BOM,
        /** A NUL byte (and not wide text): a binary file. */
        NUL_BYTE
    }

    /**
     * True when the text is still worth linting: Compose (Go's YAML reader) refuses bytes that are not UTF-8 and reads
     * UTF-16 with a byte-order mark; Docker reads a Dockerfile's bytes as they are.
     */
    public boolean lintable(boolean compose) {
        return switch (kind) {
            case UNREADABLE, WIDE_WITHOUT_BOM, NUL_BYTE -> false;
            case INVALID_UTF8, UTF32_BOM -> !compose;
            case UTF16_BOM -> true;
        };
    }
}
