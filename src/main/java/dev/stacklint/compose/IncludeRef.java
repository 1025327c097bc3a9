package dev.stacklint.compose;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file named by top-level {@code include}.
 *
 * @param path  as written (after substitution)
 * @param found false when the file does not exist or cannot be read
 * @param unset true when the path holds a variable unset where stacklint runs ({@code compose/$HOSTNAME/app.yml}
 *              with the value in a .env each host writes): which file it names is not known here
 */
public record IncludeRef(Located<String> path, boolean found, boolean unset) {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*");

    /**
     * True when this path, each unset variable standing for any text, can name {@code file}: the file is then one
     * the project includes on some host, and the names the project declares are the ones it is written against.
     */
    public boolean mayName(Path file) {
        if (!unset) {
            return false;
        }
        String written = UnsetPaths.written(path);
        written = written.startsWith("./") ? written.substring(2) : written;
        StringBuilder regex = new StringBuilder();
        Matcher m = VARIABLE.matcher(written);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(written.substring(last, m.start()))).append(".*");
            last = m.end();
        }
        regex.append(Pattern.quote(written.substring(last)));
        Path base = path.file().path().toAbsolutePath().normalize().getParent();
        // a leading variable may hold a whole folder ($DOCKERDIR/compose/app.yml): any prefix then
        String prefix = written.startsWith("$") ? "" : written.startsWith("/") || base == null ? ""
                : Pattern.quote(slashes(base) + "/");
        return Pattern.matches(prefix + regex, slashes(file.toAbsolutePath().normalize()));
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
