package dev.stacklint.rules.data;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Python packages that add routes the linter cannot read, from {@code rules/data/route-extensions.yaml}. */
public final class RouteExtensions {
    private static final String TABLE = "route-extensions.yaml";
    private static RouteExtensions builtin;

    private final Set<String> modules;

    private RouteExtensions(Set<String> modules) {
        this.modules = Set.copyOf(modules);
    }

    public static synchronized RouteExtensions builtin() {
        if (builtin == null) {
            Set<String> all = new HashSet<>();
            for (Map<String, Object> e : YamlData.load(TABLE, "extensions")) {
                all.addAll(YamlData.strings(e, "modules"));
            }
            builtin = new RouteExtensions(all);
        }
        return builtin;
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
