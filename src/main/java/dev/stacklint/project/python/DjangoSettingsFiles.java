package dev.stacklint.project.python;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files of a Django settings module and the modules it star-imports ({@code from .base import *}), each
 * tokenised once.
 *
 * @param modules  the files read, the settings module first
 * @param complete every module named was found (and there were not too many)
 */
public record DjangoSettingsFiles(List<AppSources.Module> modules, boolean complete) {
    /** Star imports followed from one settings module to the next; split settings are rarely deeper than two. */
    private static final int MAX_MODULES = 8;

    public static DjangoSettingsFiles read(String module, PythonScanner.ModuleResolver resolver) {
        List<AppSources.Module> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(module));
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (!seen.add(name)) {
                continue;
            }
            Optional<AppSources.Module> found = seen.size() > MAX_MODULES ? Optional.empty() : find(name, resolver);
            if (found.isEmpty()) {
                return new DjangoSettingsFiles(List.copyOf(out), false);
            }
            out.add(found.get());
            pending.addAll(starImports(found.get()));
        }
        return new DjangoSettingsFiles(List.copyOf(out), true);
    }

    /** {@code a.b.c}: {@code a/b/c.py} (package {@code a.b}) or {@code a/b/c/__init__.py} (package {@code a.b.c}). */
    private static Optional<AppSources.Module> find(String module, PythonScanner.ModuleResolver resolver) {
        if (!module.matches("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*")) {
            return Optional.empty();
        }
        String parent = module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : "";
        return resolver.find(module).map(f -> new AppSources.Module(f,
                f.path().getFileName().toString().equals("__init__.py") ? module : parent,
                PyTokenizer.tokenize(f.text())));
    }

    /** The modules {@code from X import *} names, relative ones resolved against the module's package. */
    private static List<String> starImports(AppSources.Module m) {
        List<String> out = new ArrayList<>();
        for (LogicalLine line : m.lines()) {
            List<PyToken> t = line.tokens();
            int n = t.size();
            if (n < 4 || !t.get(0).is("from") || !t.get(n - 2).is("import") || !t.get(n - 1).is("*")) {
                continue;
            }
            StringBuilder written = new StringBuilder();
            t.subList(1, n - 2).forEach(k -> written.append(k.text()));
            out.add(ModuleNames.absolute(m.packageName(), written.toString()));
        }
        return out;
    }
}
