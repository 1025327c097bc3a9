package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Python packages that add routes the linter cannot read, from {@code rules/data/route-extensions.yaml}. */
public final class RouteExtensions {
    private static final Lazy<RouteExtensions> BUILTIN = DataTable.lazy("route-extensions.yaml",
            t -> new RouteExtensions(t.list("extensions").stream()
                    .flatMap(e -> DataTable.strings(e, "modules").stream()).collect(Collectors.toSet())));

    private final Set<String> modules;

    private RouteExtensions(Set<String> modules) {
        this.modules = Set.copyOf(modules);
    }

    public static RouteExtensions builtin() {
        return BUILTIN.get();
    }

    /**
     * True when one of the modules (top-level names as imported, or dotted names as Django's settings write them)
     * is, or is inside, a module that adds routes of its own.
     */
    public boolean anyOf(Collection<String> imported) {
        return imported.stream().anyMatch(this::adds);
    }

    private boolean adds(String module) {
        for (int dot = module.indexOf('.'); dot > 0; dot = module.indexOf('.', dot + 1)) {
            if (modules.contains(module.substring(0, dot))) {
                return true;
            }
        }
        return modules.contains(module);
    }
}
