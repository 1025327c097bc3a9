package dev.stacklint.dockerfile;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code .dockerignore} file: which paths of the build context Docker leaves out.
 *
 * <p>As Docker reads it: lines starting with {@code #} are comments, blank lines are skipped, {@code !} makes an
 * exception, each pattern is cleaned like a path (a leading {@code /}, a trailing {@code /}, {@code ./} and
 * {@code ..} segments are normalised away). {@code *} matches within one path segment, {@code ?} one character,
 * {@code [a-z]} a class, {@code **} any number of segments. The last pattern that matches a path or one of its
 * parent folders decides.
 *
 * @param patterns the patterns in file order
 */
public record Dockerignore(List<Pattern> patterns) {

    /**
     * One pattern.
     *
     * @param text      the cleaned pattern, without {@code !}
     * @param exception it re-includes what earlier patterns excluded ({@code !pattern})
     * @param span      the line as written, trimmed
     */
    public record Pattern(String text, boolean exception, Span span) {
        boolean matches(String path) {
            return Glob.matches(text, path);
        }
    }

    public static Dockerignore parse(SourceFile source) {
        List<Pattern> patterns = new ArrayList<>();
        String text = source.text();
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int next = nl < 0 ? text.length() : nl + 1;
            if (text.charAt(pos) != '#') {
                int start = pos;
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                int stop = end;
                while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                    stop--;
                }
                if (stop > start) {
                    patterns.add(pattern(text.substring(start, stop), new Span(start, stop)));
                }
            }
            pos = next;
        }
        return new Dockerignore(List.copyOf(patterns));
    }

    private static Pattern pattern(String line, Span span) {
        boolean exception = line.startsWith("!");
        String p = exception ? line.substring(1).strip() : line;
        if (!p.isEmpty()) {
            p = clean(p);
            if (p.length() > 1 && p.startsWith("/")) {
                p = p.substring(1);
            }
        }
        return new Pattern(p, exception, span);
    }

    /** True when Docker leaves {@code relativePath} (relative to the context, {@code /}-separated) out. */
    public boolean matches(String relativePath) {
        return deciding(relativePath).map(p -> !p.exception()).orElse(false);
    }

    /** The pattern that decides whether the path is excluded, if any matches it or a parent folder. */
    public Optional<Pattern> deciding(String relativePath) {
        String file = clean(relativePath.replace('\\', '/'));
        while (file.startsWith("/")) {
            file = file.substring(1);
        }
        int slash = file.lastIndexOf('/');
        String[] parents = slash < 0 ? new String[0] : file.substring(0, slash).split("/");
        boolean excluded = false;
        Pattern decided = null;
        for (Pattern p : patterns) {
            if (p.exception() != excluded) {
                continue;
            }
            boolean match = p.matches(file);
            StringBuilder dir = new StringBuilder();
            for (int i = 0; !match && i < parents.length; i++) {
                dir.append(i == 0 ? "" : "/").append(parents[i]);
                match = p.matches(dir.toString());
            }
            if (match) {
                excluded = !p.exception();
                decided = p;
            }
        }
        return Optional.ofNullable(decided);
    }

    /** Go's {@code filepath.Clean} for {@code /}-separated paths. */
    static String clean(String path) {
        boolean rooted = path.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                out.remove(out.size() - 1);
            } else if (!(part.equals("..") && rooted)) {
                out.add(part);
            }
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
