package dev.stacklint.compose;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)?[^}]*}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * True when this include names a file in the folder of {@code file} (a literal path, or one whose unset variables
     * can stand for that folder): a Compose file kept beside the files a project includes is a part written for that
     * project (one commented out of the include list today, say), so the names it refers to are the project's.
     */
    public boolean namesSiblingOf(Path file) {
        return siblingBindings(file).isPresent();
    }

    /**
     * What the unset variables stand for when this include names a file in the folder of {@code file} (see
     * {@link #namesSiblingOf}): none for a literal path; empty when it names no file there.
     */
    public Optional<Map<String, String>> siblingBindings(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        String written = unset ? UnsetPaths.written(path) : path.value();
        String name = written.substring(written.lastIndexOf('/') + 1);
        if (name.isEmpty() || VARIABLE.matcher(name).find()) {
            return Optional.empty();
        }
        if (unset) {
            return bindings(folder.resolve(name));
        }
        Path named = base().map(b -> b.resolve(written)).orElse(Path.of(written));
        return folder.equals(named.normalize().getParent()) ? Optional.of(Map.of()) : Optional.empty();
    }

    /**
     * True when this path, each unset variable standing for any text, can name {@code file}: the file is then one
     * the project includes on some host, and the names the project declares are the ones it is written against.
     */
    public boolean mayName(Path file) {
        return bindings(file).isPresent();
    }

    /**
     * What each variable of this path stands for when the path names {@code file} (each literal part found at its
     * leftmost place after the previous one: linear, whatever the path holds); empty when it cannot name the file or
     * holds no unset variable. A variable written twice with two different values is left out.
     */
    public Optional<Map<String, String>> bindings(Path file) {
        if (!unset) {
            return Optional.empty();
        }
        Template t = template();
        List<String> parts = new ArrayList<>(t.literals());
        // a leading variable may hold a whole folder ($DOCKERDIR/compose/app.yml): any prefix then
        boolean anchored = !t.leadingVariable();
        String prefix = !anchored || t.written().startsWith("/") || base().isEmpty() ? "" : slashes(base().get()) + "/";
        parts.set(0, prefix + parts.get(0));
        String text = slashes(file.toAbsolutePath().normalize());
        if (t.variables().isEmpty()) {
            return text.equals(parts.get(0)) ? Optional.of(Map.of()) : Optional.empty();
        }
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        int end = text.length() - last.length();
        if (!text.endsWith(last) || anchored && !text.startsWith(first) || first.length() > end) {
            return Optional.empty();
        }
        int at = anchored ? first.length() : 0;
        List<String> values = new ArrayList<>();
        if (!anchored) {
            int found = text.indexOf(first);
            if (found < 0 || found > end) {
                return Optional.empty();
            }
            at = found + first.length();
        }
        for (String part : parts.subList(1, parts.size() - 1)) {
            int found = text.indexOf(part, at);
            if (found < 0 || found + part.length() > end) {
                return Optional.empty();
            }
            values.add(text.substring(at, found));
            at = found + part.length();
        }
        if (at > end) {
            return Optional.empty();
        }
        values.add(text.substring(at, end));
        Map<String, String> bound = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String previous = bound.putIfAbsent(t.variables().get(i), values.get(i));
            if (previous != null && !previous.equals(values.get(i))) {
                clashing.add(t.variables().get(i));
            }
        }
        clashing.forEach(bound::remove);
        return Optional.of(bound);
    }

    /**
     * The file this path names when its variables stand for {@code values}: empty when one of them has no value, the
     * path is not an unset one, or it names a place outside the repository.
     */
    public Optional<Path> resolvedWith(Map<String, String> values) {
        if (!unset) {
            return Optional.empty();
        }
        Template t = template();
        if (!values.keySet().containsAll(t.variables())) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(t.literals().get(0));
        for (int i = 0; i < t.variables().size(); i++) {
            text.append(values.get(t.variables().get(i))).append(t.literals().get(i + 1));
        }
        if (base().isEmpty() || ProjectBoundary.isRemote(text.toString())) {
            return Optional.empty();
        }
        Path named;
        try {
            named = base().get().resolve(text.toString()).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        // never a file outside the including file's repository (a value may be any text)
        return named.startsWith(ProjectBoundary.of(base().get(), base().get()).root()) ? Optional.of(named) : Optional.empty();
    }

    /** The path as written, cut into its literal parts and the names of the variables between them. */
    private record Template(String written, List<String> literals, List<String> variables, boolean leadingVariable) {
    }

    private Template template() {
        String written = UnsetPaths.written(path);
        written = written.startsWith("./") ? written.substring(2) : written;
        List<String> literals = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        Matcher m = VARIABLE.matcher(written);
        int last = 0;
        while (m.find()) {
            literals.add(written.substring(last, m.start()));
            variables.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "");
            last = m.end();
        }
        literals.add(written.substring(last));
        return new Template(written, literals, variables, written.startsWith("$"));
    }

    private Optional<Path> base() {
        return Optional.ofNullable(path.file().path().toAbsolutePath().normalize().getParent());
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
