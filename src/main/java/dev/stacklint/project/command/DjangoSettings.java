package dev.stacklint.project.command;

import dev.stacklint.project.python.AppSources;
import dev.stacklint.project.python.DjangoSettingsFiles;
import dev.stacklint.project.python.LogicalLine;
import dev.stacklint.project.python.PyToken;
import dev.stacklint.project.python.PyTokenizer;
import dev.stacklint.source.SourceFile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Django project's settings module: the one its WSGI or ASGI module names
 * ({@code os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")}) unless the container's
 * {@code DJANGO_SETTINGS_MODULE} says otherwise; and whether those settings (with the modules they star-import,
 * {@code from .base import *}) trust a proxy's forwarded headers: {@code SECURE_PROXY_SSL_HEADER},
 * {@code USE_X_FORWARDED_HOST}, or a forwarded-header middleware.
 */
final class DjangoSettings {
    private static final String VARIABLE = "DJANGO_SETTINGS_MODULE";

    private DjangoSettings() {
    }

    /** A WSGI module that builds Django's application. */
    static boolean isDjangoWsgi(SourceFile module) {
        return tokens(module).anyMatch(t -> t.is("get_wsgi_application") || t.is("get_asgi_application"));
    }

    /**
     * The settings module a Django WSGI/ASGI module runs with; empty when it is no such module, or the container
     * sets the variable to something unknown.
     */
    static Optional<String> module(SourceFile wsgi, CommandContext ctx) {
        if (!isDjangoWsgi(wsgi)) {
            return Optional.empty();
        }
        return ctx.env(VARIABLE).map(v -> v.value().orElse("")).or(() -> settingsDefault(wsgi))
                .filter(m -> m.matches("[A-Za-z_][\\w.]*"));
    }

    /**
     * {@link ProxyTrust#TRUSTS} when the settings trust the proxy, {@link ProxyTrust#DJANGO_NONE} when they were all
     * read and do not, {@link ProxyTrust#UNKNOWN} when the settings module or a module it imports cannot be read.
     */
    static ProxyTrust trust(SourceFile wsgi, CommandContext ctx) {
        Optional<DjangoSettingsFiles> settings = module(wsgi, ctx)
                .map(m -> DjangoSettingsFiles.read(m, PythonScripts.resolver("", ctx)));
        if (settings.isEmpty()) {
            return ProxyTrust.UNKNOWN;
        }
        boolean trusts = settings.get().modules().stream().map(AppSources.Module::lines).flatMap(List::stream)
                .flatMap(l -> l.tokens().stream()).anyMatch(DjangoSettings::trusting);
        return trusts ? ProxyTrust.TRUSTS : settings.get().complete() ? ProxyTrust.DJANGO_NONE : ProxyTrust.UNKNOWN;
    }

    /** A name that makes Django (or a middleware) read the proxy's headers. */
    private static boolean trusting(PyToken t) {
        if (t.kind() == PyToken.Kind.STRING) {
            return false;
        }
        String n = t.text().toUpperCase(Locale.ROOT);
        return n.equals("SECURE_PROXY_SSL_HEADER") || n.equals("USE_X_FORWARDED_HOST") || n.contains("FORWARDED")
                || n.startsWith("XFF_") || n.equals("PROXYFIX");
    }

    /** {@code os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")} in the WSGI module. */
    private static Optional<String> settingsDefault(SourceFile wsgi) {
        for (LogicalLine line : PyTokenizer.tokenize(wsgi.text())) {
            List<PyToken> t = line.tokens();
            for (int i = 0; i + 2 < t.size(); i++) {
                if (t.get(i).value().filter(VARIABLE::equals).isPresent() && t.get(i + 1).is(",")
                        && t.get(i + 2).kind() == PyToken.Kind.STRING) {
                    return t.get(i + 2).value();
                }
            }
        }
        return Optional.empty();
    }

    private static java.util.stream.Stream<PyToken> tokens(SourceFile file) {
        return PyTokenizer.tokenize(file.text()).stream().flatMap(l -> l.tokens().stream());
    }
}
