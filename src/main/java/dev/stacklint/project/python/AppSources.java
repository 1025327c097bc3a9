package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Python files of an app: its module and the local modules it imports, transitively (up to a bound), each
 * tokenised once.
 *
 * @param modules  the files read, the app's module first
 * @param complete every import that names a local module (a relative one, or a submodule of a local package) was
 *                 found, and no module is imported by a computed name ({@code importlib.import_module})
 * @param external the top-level names of the other modules imported ({@code flask}, {@code flask_restx})
 */
public record AppSources(List<Module> modules, boolean complete, Set<String> external) {
    private static final int MAX_FILES = 60;

    /**
     * One file of the app.
     *
     * @param packageName the package its relative imports start from ({@code ""}: the app module's folder)
     */
    public record Module(SourceFile file, String packageName, List<LogicalLine> lines) {
    }

    public static AppSources of(AppCode code) {
        List<Module> modules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> external = new LinkedHashSet<>();
        Deque<Module> queue = new ArrayDeque<>();
        queue.add(module(code.entry(), ""));
        seen.add(code.entry().path().toString());
        boolean complete = true;
        while (!queue.isEmpty()) {
            Module m = queue.poll();
            modules.add(m);
            if (modules.size() > MAX_FILES) {
                return new AppSources(modules, false, external);
            }
            for (LogicalLine line : m.lines()) {
                complete &= !importsDynamically(line);
                for (Import imp : imports(line)) {
                    complete &= follow(code, m, imp, seen, queue, external);
                }
            }
        }
        return new AppSources(List.copyOf(modules), complete, Set.copyOf(external));
    }

    private static void enqueue(Module m, Set<String> seen, Deque<Module> queue) {
        if (seen.add(m.file().path().toString())) {
            queue.add(m);
        }
    }

    private static String join(String module, String name) {
        return module.endsWith(".") ? module + name : module + "." + name;
    }

    /** {@code import a.b, c as d} and {@code from X import a, b as c}: the module and the names taken from it. */
    private record Import(String module, List<String> names) {
    }

    private static List<Import> imports(LogicalLine line) {
        List<PyToken> t = line.tokens();
        List<Import> out = new ArrayList<>();
        if (t.isEmpty()) {
            return out;
        }
        if (t.get(0).is("import")) {
            StringBuilder name = new StringBuilder();
            boolean alias = false;
            for (int i = 1; i <= t.size(); i++) {
                if (i == t.size() || t.get(i).is(",")) {
                    if (!name.isEmpty()) {
                        out.add(new Import(name.toString(), List.of()));
                    }
                    name.setLength(0);
                    alias = false;
                } else if (t.get(i).is("as")) {
                    alias = true;
                } else if (!alias) {
                    name.append(t.get(i).text());
                }
            }
        } else if (t.get(0).is("from")) {
            StringBuilder module = new StringBuilder();
            int i = 1;
            while (i < t.size() && !t.get(i).is("import")) {
                module.append(t.get(i++).text());
            }
            List<String> names = new ArrayList<>();
            for (i++; i < t.size(); i++) {
                if (t.get(i).isName() && !t.get(i - 1).is("as") && !t.get(i).is("as")) {
                    names.add(t.get(i).text());
                }
            }
            if (!module.isEmpty()) {
                out.add(new Import(module.toString(), names));
            }
        }
        return out;
    }

    /** {@code importlib.import_module(x)}, {@code __import__(x)}, {@code pkgutil.walk_packages}: modules by name. */
    private static boolean importsDynamically(LogicalLine line) {
        return line.tokens().stream().anyMatch(tok -> tok.isName() && (tok.text().equals("import_module")
                || tok.text().equals("__import__") || tok.text().equals("walk_packages")
                || tok.text().equals("iter_modules")));
    }

    /**
     * Queues the local modules an import names (the module, and the names taken from it that are submodules);
     * false when it names a local module that is not found. Other modules are noted as external.
     */
    private static boolean follow(AppCode code, Module m, Import imp, Set<String> seen, Deque<Module> queue,
                                  Set<String> external) {
        Optional<Module> found = resolve(code, m, imp.module());
        found.ifPresent(f -> enqueue(f, seen, queue));
        boolean onlyDots = imp.module().chars().allMatch(c -> c == '.');
        boolean any = found.isPresent();
        for (String name : imp.names()) {
            Optional<Module> sub = resolve(code, m, join(imp.module(), name));
            sub.ifPresent(x -> enqueue(x, seen, queue));
            if (sub.isEmpty() && onlyDots && found.isEmpty()) {
                return false; // `from . import views` and no views module
            }
            any |= sub.isPresent();
        }
        if (any || onlyDots) {
            return true;
        }
        if (imp.module().startsWith(".") || local(code, m, imp.module())) {
            return false;
        }
        external.add(imp.module().split("\\.")[0]);
        return true;
    }

    /** The file of a module named in {@code from}'s file, relative names resolved against its package. */
    private static Optional<Module> resolve(AppCode code, Module from, String written) {
        String name = ModuleNames.absolute(from.packageName(), written);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return code.resolver().find(name).filter(f -> !f.path().equals(from.file().path()))
                .map(f -> module(f, f.path().getFileName().toString().equals("__init__.py") ? name
                        : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""));
    }

    /** An absolute import whose top-level package is local: its missing submodule is local too. */
    private static boolean local(AppCode code, Module from, String written) {
        String top = written.split("\\.")[0];
        return !top.equals(written) && resolve(code, from, top).isPresent();
    }


    private static Module module(SourceFile file, String packageName) {
        return new Module(file, packageName, PyTokenizer.tokenize(file.text()));
    }
}
