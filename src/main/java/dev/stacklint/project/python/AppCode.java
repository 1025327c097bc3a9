package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;

/**
 * The Python module an app server serves and how the modules it imports are found.
 *
 * @param entry    the module's file ({@code app.py} for {@code gunicorn app:app})
 * @param resolver finds the files of the modules it imports
 */
public record AppCode(SourceFile entry, PythonScanner.ModuleResolver resolver) {
}
