package dev.stacklint.project.command;

import dev.stacklint.project.python.AppCode;
import dev.stacklint.project.python.PythonScanner;

import java.util.List;
import java.util.Optional;

/** Finds the module a server's target names ({@code app:app}, {@code pkg.main:create_app()}) in the container. */
final class AppModules {
    private AppModules() {
    }

    /**
     * The module of {@code target} (its part before {@code :}; Flask's {@code FLASK_APP} may also name the file), as
     * {@code MODULE.py} or {@code MODULE/__init__.py}; for a Django WSGI/ASGI module, with the settings module it
     * runs with.
     */
    static Optional<AppCode> find(Arg target, CommandContext ctx) {
        if (target.dynamic()) {
            return Optional.empty();
        }
        String module = target.value().split(":", 2)[0].replaceFirst("\\.py$", "").replace('.', '/');
        if (module.isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : List.of(module + ".py", module + "/__init__.py")) {
            if (ctx.file(candidate) instanceof FileLookup.Found f) {
                return Optional.of(new AppCode(f.file(), resolver(candidate, ctx),
                        DjangoSettings.module(f.file(), ctx)));
            }
        }
        return Optional.empty();
    }

    /**
     * Imports found beside the module first ({@link PythonScripts#resolver}), then from the working directory,
     * where Python also looks for the app's top-level packages.
     */
    static PythonScanner.ModuleResolver resolver(String path, CommandContext ctx) {
        PythonScanner.ModuleResolver beside = PythonScripts.resolver(path, ctx);
        PythonScanner.ModuleResolver workdir = PythonScripts.resolver("", ctx);
        return module -> beside.find(module).or(() -> workdir.find(module));
    }
}
