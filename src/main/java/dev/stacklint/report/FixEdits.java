package dev.stacklint.report;

import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Finding;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;

import java.nio.file.Path;

/** Where a fix's edits are, in 1-based lines and columns of the file they change (JSON and SARIF write them). */
final class FixEdits {
    private FixEdits() {
    }

    /** The file the fix changes: the finding's, or the one it creates. */
    static Path file(Finding f) {
        return f.fix().newFile().orElse(f.file().path());
    }

    /** How a report names the file a fix creates: beside the finding's file, as that one is named. */
    static String newFileName(Finding f, Path created) {
        Path rel = f.file().path().getParent().relativize(created);
        Path shown = Path.of(f.file().displayPath()).getParent();
        return (shown == null ? rel : shown.resolve(rel)).normalize().toString().replace('\\', '/');
    }

    /** The edit's start and (exclusive) end; an edit of a file the fix creates is at 1:1. */
    static Position[] range(Finding f, Edit e) {
        if (f.fix().newFile().isPresent()) {
            return new Position[] {new Position(1, 1), new Position(1, 1)};
        }
        SourceFile file = f.file();
        return new Position[] {file.position(e.span().start()), file.position(e.span().end())};
    }
}
