package dev.stacklint.project.command;

import dev.stacklint.source.SourceFile;

/** What the linter knows about a file inside the container. */
public sealed interface FileLookup {

    /** The file is there and this is its text (read from the build context or a bind mount). */
    record Found(SourceFile file) implements FileLookup {
    }

    /** The file is certainly not there. */
    record Absent() implements FileLookup {
    }

    /** The linter cannot tell (the path does not map to anything it can read). */
    record Unknown() implements FileLookup {
    }

    FileLookup ABSENT = new Absent();
    FileLookup UNKNOWN = new Unknown();
}
