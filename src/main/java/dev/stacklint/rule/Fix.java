package dev.stacklint.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A text change that makes a finding go away, in the finding's file. {@code --fix} applies the safe ones,
 * {@code --unsafe-fixes} the unsafe ones too (ruff's split: a safe fix keeps what the file means, an unsafe one may
 * change behaviour).
 *
 * @param safety      whether {@code --fix} alone may apply it
 * @param description what the fix does, one line ("remove the obsolete version line")
 * @param edits       non-overlapping edits, sorted by start offset
 */
public record Fix(Safety safety, String description, List<Edit> edits) {
    public enum Safety {
        SAFE, UNSAFE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Fix {
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(description, "description");
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
    }

    public static Fix safe(String description, Edit... edits) {
        return new Fix(Safety.SAFE, description, List.of(edits));
    }

    public static Fix unsafe(String description, Edit... edits) {
        return new Fix(Safety.UNSAFE, description, List.of(edits));
    }
}
