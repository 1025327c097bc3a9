package dev.stacklint.rule;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A text change that makes a finding go away, in the finding's file. {@code --fix} applies the safe ones,
 * {@code --unsafe-fixes} the unsafe ones too (ruff's split: a safe fix keeps what the file means, an unsafe one may
 * change behaviour).
 *
 * @param safety      whether {@code --fix} alone may apply it
 * @param description what the fix does, one line ("remove the obsolete version line")
 * @param edits       non-overlapping edits, sorted by start offset
 * @param newFile     a file the fix creates (absolute; it must not exist when the fix is applied), whose edits are
 *                    on the empty text; empty when the edits are on the finding's own file
 */
public record Fix(Safety safety, String description, List<Edit> edits, Optional<Path> newFile) {
    public enum Safety {
        SAFE, UNSAFE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Fix {
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(newFile, "newFile");
        edits = edits.stream().sorted(Comparator.comparingInt((Edit e) -> e.span().start())
                .thenComparingInt(e -> e.span().end())).toList();
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
        for (int i = 1; i < edits.size(); i++) {
            if (edits.get(i).span().start() < edits.get(i - 1).span().end()) {
                throw new IllegalArgumentException("overlapping edits in fix: " + description);
            }
        }
        if (newFile.isPresent() && (edits.size() != 1 || edits.get(0).span().end() != 0)) {
            throw new IllegalArgumentException("a fix that creates a file inserts its whole text at offset 0");
        }
    }

    /** Edits on the finding's own file. */
    public Fix(Safety safety, String description, List<Edit> edits) {
        this(safety, description, edits, Optional.empty());
    }

    public static Fix safe(String description, Edit... edits) {
        return new Fix(Safety.SAFE, description, List.of(edits));
    }

    public static Fix unsafe(String description, Edit... edits) {
        return new Fix(Safety.UNSAFE, description, List.of(edits));
    }

    /** A fix that creates {@code file} (absolute) holding {@code text}. */
    public static Fix creating(Safety safety, String description, Path file, String text) {
        return new Fix(safety, description, List.of(Edit.insert(0, text)), Optional.of(file.toAbsolutePath().normalize()));
    }

    /** True when {@code --fix} applies it: a safe fix, or any fix when unsafe ones are allowed. */
    public boolean allowed(boolean unsafe) {
        return unsafe || safety == Safety.SAFE;
    }
}
