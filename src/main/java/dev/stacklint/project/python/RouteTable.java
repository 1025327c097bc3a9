package dev.stacklint.project.python;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The paths an app routes, when all of them are known.
 *
 * @param routes   the route paths with the prefixes their blueprint or router may have ({@code /api/users/<int:id>},
 *                 {@code /items/{item_id}})
 * @param mounts   paths under which everything is served (Flask's static folder, {@code app.mount()})
 * @param literals every string literal of the app's code that starts with {@code /}, which may route a path some
 *                 other way ({@code if request.path == "/health"} in a middleware)
 * @param external the top-level modules the app imports that are not its own
 */
public record RouteTable(List<String> routes, List<String> mounts, Set<String> literals, Set<String> external) {

    /** True when a request for {@code path} (no query) reaches a route, a mount or a literal of the code. */
    public boolean serves(String path) {
        String p = trim(path);
        if (literals.contains(p) || literals.contains(p + "/")) {
            return true;
        }
        for (String m : mounts) {
            String mount = trim(m);
            if (mount.equals("/") || p.equals(mount) || p.startsWith(mount + "/")) {
                return true;
            }
        }
        return routes.stream().anyMatch(r -> pattern(r).matcher(p).matches());
    }

    /** Repeated slashes joined, the trailing one dropped (Flask redirects {@code /x} to {@code /x/}). */
    private static String trim(String path) {
        String p = ("/" + path).replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Flask converters {@code <x>}, {@code <int:x>}, {@code <path:x>} and FastAPI's {@code {x}}, {@code {x:path}}. */
    private static Pattern pattern(String route) {
        String r = trim(route);
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < r.length()) {
            char c = r.charAt(i);
            char close = c == '<' ? '>' : c == '{' ? '}' : 0;
            int end = close == 0 ? -1 : r.indexOf(close, i);
            if (end > i) {
                String inside = r.substring(i + 1, end);
                re.append(inside.startsWith("path:") || inside.endsWith(":path") ? ".+" : "[^/]+");
                i = end + 1;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(re + "/?");
    }
}
