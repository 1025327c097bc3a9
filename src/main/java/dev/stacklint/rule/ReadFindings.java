package dev.stacklint.rule;

import dev.stacklint.source.ReadProblem;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.function.Consumer;

/**
 * Turns what went wrong reading a Dockerfile or Compose file into its SL007 finding, and says whether the text is
 * still worth linting. Compose (Go's YAML reader) refuses bytes that are not UTF-8 and reads UTF-16 with a
 * byte-order mark; Docker reads a Dockerfile's bytes as they are, so a stray Latin-1 byte in a comment builds,
 * but a UTF-16 Dockerfile does not.
 */
public final class ReadFindings {
    private ReadFindings() {
    }

    /** Reports the file's read problem, if any; true when its text is read and linted all the same. */
    public static boolean lintable(SourceFile file, boolean compose, Consumer<Finding> sink) {
        if (file.readProblem().isEmpty()) {
            return true;
        }
        ReadProblem p = file.readProblem().get();
        RuleMeta meta = ParseRules.UNREADABLE_FILE.meta();
        String saveAsUtf8 = "; save it as UTF-8";
        Outcome o = switch (p.kind()) {
            case UNREADABLE -> new Outcome(Severity.ERROR, "cannot read the file: " + p.detail());
            case INVALID_UTF8 -> new Outcome(compose ? Severity.ERROR : Severity.WARNING, "byte " + p.detail()
                    + " is not valid UTF-8, so the file is not UTF-8 text (Latin-1 or Windows-1252?)"
                    + (compose ? " and Compose refuses it" : "") + saveAsUtf8);
            case UTF16_BOM -> compose
                    ? new Outcome(Severity.WARNING, "the file is " + p.detail() + " text with a byte-order mark,"
                            + " not UTF-8: Compose reads it, most other tools do not" + saveAsUtf8)
                    : new Outcome(Severity.ERROR, "the file is " + p.detail() + " text with a byte-order mark,"
                            + " not UTF-8: docker build reads a Dockerfile as UTF-8 and cannot read it" + saveAsUtf8);
            case UTF32_BOM -> new Outcome(Severity.ERROR, "the file is " + p.detail()
                    + " text with a byte-order mark, not UTF-8: " + (compose ? "Compose" : "docker build")
                    + " cannot read it" + saveAsUtf8);
            case WIDE_WITHOUT_BOM -> new Outcome(Severity.ERROR, "the file is not UTF-8: a third or more of its"
                    + " bytes are NUL, as in " + p.detail() + " text without a byte-order mark" + saveAsUtf8);
            case NUL_BYTE -> new Outcome(Severity.ERROR, "NUL byte (0x00): this is a binary file, not text");
        };
        int end = p.kind() == ReadProblem.Kind.INVALID_UTF8 || p.kind() == ReadProblem.Kind.NUL_BYTE
                ? p.offset() + 1 : p.offset();
        sink.accept(new Finding(meta, o.severity(), file, new Span(p.offset(), end), o.message()));
        return p.lintable(compose);
    }

    private record Outcome(Severity severity, String message) {
    }
}
