package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;

import java.util.Optional;

/**
 * The Python module an app server serves and how the modules it imports are found.
 *
 * @param entry          the module's file ({@code app.py} for {@code gunicorn app:app})
 * @param resolver       finds the files of the modules it imports
 * @param djangoSettings for a module that builds Django's application, the settings module it runs with (the
 *                       container's {@code DJANGO_SETTINGS_MODULE}, else the default the module sets), when known
 */
public record AppCode(SourceFile entry, PythonScanner.ModuleResolver resolver, Optional<String> djangoSettings) {

    public AppCode(SourceFile entry, PythonScanner.ModuleResolver resolver) {
        this(entry, resolver, Optional.empty());
    }
}
