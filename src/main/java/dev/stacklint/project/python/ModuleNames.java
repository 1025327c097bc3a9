package dev.stacklint.project.python;

/** Python's dotted module names. */
public final class ModuleNames {
    private ModuleNames() {
    }

    /**
     * The absolute name of an import as written in a module of package {@code packageName}: {@code .views} is
     * {@code app.views} in package {@code app}, {@code ..core} is {@code core} there; an absolute name stays as
     * it is. Dots that climb above the top package stop there, as the dotted name gives no more to go on.
     */
    public static String absolute(String packageName, String written) {
        if (!written.startsWith(".")) {
            return written;
        }
        int dots = 0;
        while (dots < written.length() && written.charAt(dots) == '.') {
            dots++;
        }
        String base = packageName;
        for (int i = 1; i < dots; i++) {
            base = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : "";
        }
        String rest = written.substring(dots);
        return base.isEmpty() ? rest : rest.isEmpty() ? base : base + "." + rest;
    }
}
