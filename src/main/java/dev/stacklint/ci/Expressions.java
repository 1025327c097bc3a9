package dev.stacklint.ci;

import java.util.regex.Pattern;

/** GitHub expressions ({@code ${{ ... }}}) and shell variables ({@code $X}, {@code ${X}}) in what a workflow writes. */
final class Expressions {
    private static final Pattern WHOLE = Pattern.compile("\\$\\{\\{(?:[^}]|}(?!}))*}}|\\$\\{?\\w+}?|\\$\\(.*\\)");
    /** How a workflow names the repository's checkout: paths under it are paths in the repository. */
    private static final Pattern WORKSPACE = Pattern.compile("^(\\$\\{\\{\\s*github\\.workspace\\s*}}|\\$\\{?"
            + "(GITHUB_WORKSPACE|CI_PROJECT_DIR)}?)(?=/|$)");

    private Expressions() {
    }

    /** Holds an expression or a variable, a command substitution or a backtick. */
    static boolean dynamic(String s) {
        return s.contains("$") || s.contains("`") || s.contains("{{");
    }

    /** Is nothing but one expression or variable. */
    static boolean wholly(String s) {
        return WHOLE.matcher(s.strip()).matches();
    }

    /** {@code s} with a leading workspace reference ({@code $CI_PROJECT_DIR/x}) made relative ({@code ./x}). */
    static String workspaceRelative(String s) {
        return WORKSPACE.matcher(s).replaceFirst(".");
    }

    /** Starts with the workspace ({@code ${{ github.workspace }}}, {@code $GITHUB_WORKSPACE}, {@code $CI_PROJECT_DIR}). */
    static boolean inWorkspace(String s) {
        return WORKSPACE.matcher(s).find();
    }
}
