package dev.stacklint.yaml;

import dev.stacklint.source.Origin;

/**
 * Where {@link YamlReader} says what it found wrong in a file. The reader only says what happened and where; each
 * reader of YAML (the Compose loader, the configuration reader) words it for its own users.
 */
public interface YamlProblems {
    /** Not well-formed YAML, or past a safety limit: the document is not read past {@code at}. */
    void syntax(Origin at, String message);

    /**
     * The document expands, aliases and all, to more than {@code limit} nodes (a "billion laughs" file): it is not
     * read past {@code at}, the top-level key whose value went over.
     */
    void tooManyNodes(Origin at, int limit);

    /** {@code key} is written again in a mapping that already has it at {@code first}; the first one is kept. */
    void duplicateKey(YamlScalar key, YamlScalar first);

    /** A second merge key {@code <<} in one mapping (the composer does not say where the first one is). */
    void repeatedMergeKey(Origin at);

    /** Notes only whether anything was wrong, for a caller that leaves a file alone unless it is well-formed. */
    final class Flag implements YamlProblems {
        private boolean raised;

        public boolean raised() {
            return raised;
        }

        @Override
        public void syntax(Origin at, String message) {
            raised = true;
        }

        @Override
        public void tooManyNodes(Origin at, int limit) {
            raised = true;
        }

        @Override
        public void duplicateKey(YamlScalar key, YamlScalar first) {
            raised = true;
        }

        @Override
        public void repeatedMergeKey(Origin at) {
            raised = true;
        }
    }
}
