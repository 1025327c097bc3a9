package dev.stacklint.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * True when this include names a file in the folder of {@code file} (a literal path, or one whose unset variables
     * can stand for that folder): a Compose file kept beside the files a project includes is a part written for that
     * project (one commented out of the include list today, say), so the names it refers to are the project's.
     */
    public boolean namesSiblingOf(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return false;
        }
        String written = unset ? UnsetPaths.written(path) : path.value();
        String name = written.substring(written.lastIndexOf('/') + 1);
        if (name.isEmpty() || VARIABLE.matcher(name).find()) {
            return false;
        }
        if (unset) {
            return mayName(folder.resolve(name));
        }
        Path base = path.file().path().toAbsolutePath().normalize().getParent();
        Path named = base == null ? Path.of(written) : base.resolve(written);
        return folder.equals(named.normalize().getParent());
    }

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
        List<String> parts = new ArrayList<>();
        Matcher m = VARIABLE.matcher(written);
        int last = 0;
        while (m.find()) {
            parts.add(written.substring(last, m.start()));
            last = m.end();
        }
        parts.add(written.substring(last));
        Path base = path.file().path().toAbsolutePath().normalize().getParent();
        // a leading variable may hold a whole folder ($DOCKERDIR/compose/app.yml): any prefix then
        String prefix = written.startsWith("$") ? "" : written.startsWith("/") || base == null ? ""
                : slashes(base) + "/";
        parts.set(0, prefix + parts.get(0));
        return matches(parts, slashes(file.toAbsolutePath().normalize()), !written.startsWith("$"));
    }

    /**
     * Whether {@code text} is {@code parts} with anything between them, each literal found at its leftmost place
     * after the previous one (enough for wildcards that match any text): linear, whatever the path holds.
     */
    private static boolean matches(List<String> parts, String text, boolean anchored) {
        String first = parts.get(0);
        String lastPart = parts.get(parts.size() - 1);
        if (parts.size() == 1) {
            return anchored ? text.equals(first) : text.endsWith(first);
        }
        if (anchored && !text.startsWith(first) || !text.endsWith(lastPart)) {
            return false;
        }
        int at = anchored ? first.length() : 0;
        for (String part : parts.subList(anchored ? 1 : 0, parts.size() - 1)) {
            int found = text.indexOf(part, at);
            if (found < 0) {
                return false;
            }
            at = found + part.length();
        }
        return at <= text.length() - lastPart.length();
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
