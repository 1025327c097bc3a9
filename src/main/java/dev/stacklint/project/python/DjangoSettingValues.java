package dev.stacklint.project.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the routes of a Django project depend on in its settings files: the settings assigned a plain string
 * ({@code ROOT_URLCONF = "config.urls"}, {@code STATIC_URL}, {@code ADMIN_URL}), the dotted names they mention
 * ({@code INSTALLED_APPS}, {@code MIDDLEWARE}: apps and middleware that may answer paths) and their literals that
 * start with {@code /}.
 */
final class DjangoSettingValues {
    private static final String DOTTED = "[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*";

    /** Every value each name is assigned at any indentation, in any branch; empty: not a plain string. */
    private final Map<String, List<Optional<String>>> assigned = new HashMap<>();
    final Set<String> dottedNames = new LinkedHashSet<>();
    final Set<String> literals = new LinkedHashSet<>();
    /** WhiteNoise serves the files of {@code WHITENOISE_ROOT} at the root, by name. */
    boolean servesRootFiles;

    private DjangoSettingValues() {
    }

    static DjangoSettingValues of(List<AppSources.Module> files) {
        DjangoSettingValues s = new DjangoSettingValues();
        for (AppSources.Module m : files) {
            for (LogicalLine line : m.lines()) {
                s.line(line.tokens());
            }
        }
        return s;
    }

    private void line(List<PyToken> t) {
        if (t.size() >= 3 && t.get(0).isName() && t.get(1).is("=")) {
            List<PyToken> value = t.subList(2, t.size());
            boolean plain = value.stream().allMatch(k -> k.kind() == PyToken.Kind.STRING && k.value().isPresent());
            String joined = plain ? value.stream().map(k -> k.value().orElseThrow()).reduce("", String::concat) : null;
            assigned.computeIfAbsent(t.get(0).text(), k -> new ArrayList<>()).add(Optional.ofNullable(joined));
        }
        for (PyToken k : t) {
            servesRootFiles |= k.is("WHITENOISE_ROOT");
            if (k.kind() == PyToken.Kind.STRING && k.value().isPresent()) {
                String v = k.value().get();
                if (v.matches(DOTTED) && v.length() < 200) {
                    dottedNames.add(v);
                } else if (v.startsWith("/") && v.length() < 200) {
                    literals.add(v);
                }
            }
        }
    }

    /** The string a setting is, when every assignment of it gives the same plain string. */
    Optional<String> value(String name) {
        List<Optional<String>> values = assigned.getOrDefault(name, List.of());
        if (values.isEmpty() || values.stream().anyMatch(Optional::isEmpty)
                || values.stream().map(Optional::get).distinct().count() != 1) {
            return Optional.empty();
        }
        return values.get(0);
    }
}
