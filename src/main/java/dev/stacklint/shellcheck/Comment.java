package dev.stacklint.shellcheck;

/**
 * One ShellCheck finding, as its {@code json1} format gives it.
 *
 * @param script  which of the scripts passed in one run (its index)
 * @param code    the number after {@code SC}
 * @param level   error, warning, info or style
 */
public record Comment(int script, int line, int column, int endLine, int endColumn, String level, int code,
                      String message) {
}
