package dev.stacklint.project.python;

import java.util.List;

/**
 * A logical line of Python: the tokens of one statement (or compound-statement header), brackets and
 * backslash continuations joined, comments dropped.
 *
 * @param indent the column of its first token (tabs to multiples of 8, as Python counts them)
 */
public record LogicalLine(int indent, List<PyToken> tokens) {
}
