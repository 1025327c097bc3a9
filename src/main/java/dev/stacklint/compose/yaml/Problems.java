package dev.stacklint.compose.yaml;

import dev.stacklint.compose.yaml.LoadProblem.Kind;
import dev.stacklint.compose.yaml.LoadProblem.Level;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.YamlProblems;
import dev.stacklint.yaml.YamlScalar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects what the Compose loader finds wrong while it reads files (SL001, SL002, SL003, SL005, SL007, SL010, SL011). */
public final class Problems implements YamlProblems {
    private final List<LoadProblem> found = new ArrayList<>();
    private final Set<String> unsetMentioned = new HashSet<>();

    private void add(Kind kind, Level level, Origin at, String message) {
        found.add(new LoadProblem(kind, level, at, message));
    }

    @Override
    public void syntax(Origin at, String message) {
        add(Kind.SYNTAX, Level.ERROR, at, message);
    }

    @Override
    public void tooManyNodes(Origin at, int limit) {
        syntax(at, "the document has more than " + limit + " nodes, aliases expanded (limits.yaml-nodes); it is not"
                + " read past here");
    }

    @Override
    public void repeatedMergeKey(Origin at) {
        add(Kind.DUPLICATE_KEY, Level.ERROR, at, "duplicate merge key `<<`: give one `<<` a list of mappings instead "
                + "(`<<: [*a, *b]`); YAML forbids repeating a key and Compose rejects the file");
    }

    @Override
    public void duplicateKey(YamlScalar key, YamlScalar first) {
        found.add(new LoadProblem(Kind.DUPLICATE_KEY, Level.ERROR, key.origin(), "duplicate key `" + key.value()
                + "`: it is already defined on line " + first.origin().start().line()
                + "; YAML forbids repeating a key and Compose rejects the file", Optional.empty(), Optional.of(first.origin())));
    }

    public void schema(Origin at, String message) {
        add(Kind.SCHEMA, Level.ERROR, at, message);
    }

    /** A project with nothing in it (see {@link Kind#EMPTY}). */
    public void empty(Origin at, String message) {
        add(Kind.EMPTY, Level.ERROR, at, message);
    }

    /** A schema problem with the fix that corrects it (a misspelled key). */
    public void schema(Origin at, String message, Optional<LoadProblem.Replacement> fix) {
        found.add(new LoadProblem(Kind.SCHEMA, Level.ERROR, at, message, fix, Optional.empty()));
    }

    public void interpolation(Origin at, String message) {
        add(Kind.INTERPOLATION, Level.ERROR, at, message);
    }

    public void interpolation(Origin at, Level level, String message) {
        add(Kind.INTERPOLATION, level, at, message);
    }

    /** True the first time an unset variable is mentioned: SL005 says what is unset once per variable. */
    public boolean firstMentionOfUnset(String variable) {
        return unsetMentioned.add(variable);
    }

    /**
     * Notes the file's read problem (SL007), if it has one; true when its text is read and linted all the same
     * (Compose refuses bytes that are not UTF-8 and reads UTF-16 with a byte-order mark).
     */
    public boolean readable(SourceFile file) {
        if (file.readProblem().isEmpty()) {
            return true;
        }
        add(Kind.UNREADABLE, Level.ERROR, new Origin(file, Span.at(0)), "");
        return file.readProblem().get().lintable(true);
    }

    public void limit(Origin at, String message) {
        add(Kind.INPUT_LIMIT, Level.ERROR, at, message);
    }

    /** A path that leaves the project; {@code level} is info for a remote file, which is simply not fetched. */
    public void outside(Origin at, Level level, String message) {
        add(Kind.OUTSIDE_PROJECT, level, at, message);
    }

    public List<LoadProblem> all() {
        return List.copyOf(found);
    }
}
