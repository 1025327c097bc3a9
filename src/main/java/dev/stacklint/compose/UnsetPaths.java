package dev.stacklint.compose;

import dev.stacklint.compose.yaml.LoadProblem.Level;
import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.source.Origin;

import java.util.List;
import java.util.Set;

/**
 * Paths (build context, Dockerfile, env_file, bind-mount source) that hold a variable unset where stacklint runs:
 * Compose would use an empty string there, so the path is not known here and is not checked. SL005 names each
 * such variable once: a warning when the project's env file leaves it out, info when the values come from the
 * environment Compose is deployed in.
 */
final class UnsetPaths {
    /** Set by every shell `docker compose` runs from, though not always where stacklint runs: not worth a word. */
    private static final Set<String> SHELL_VARIABLES = Set.of("PWD", "HOME", "USER", "HOSTNAME", "SHELL");
    private final List<UnsetVariable> unset;
    private final Problems problems;

    UnsetPaths(List<UnsetVariable> unset, Problems problems) {
        this.unset = unset;
        this.problems = problems;
    }

    /** True when {@code path} holds an unset variable; the first mention of each such variable is reported. */
    boolean unresolved(Located<String> path, String what) {
        List<UnsetVariable> in = unset.stream().filter(u -> u.within(path.origin())).toList();
        for (UnsetVariable u : in) {
            if (!SHELL_VARIABLES.contains(u.name()) && problems.firstMentionOfUnset(u.name())) {
                String message = "variable `" + u.name() + "` is not set, so Compose would use an empty string and "
                        + what + " `" + written(path) + "` is not known here: set it in the environment or the .env "
                        + "file, or give a default (`${" + u.name() + ":-...}`)";
                problems.interpolation(new Origin(u.at().file(), u.at().span()),
                        u.fromEnvFile() ? Level.WARNING : Level.INFO, message);
            }
        }
        return !in.isEmpty();
    }

    /** The path as written in the file (before substitution). */
    static String written(Located<String> path) {
        String text = path.file().slice(path.span()).strip();
        boolean quoted = text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0);
        return quoted ? text.substring(1, text.length() - 1) : text;
    }
}
