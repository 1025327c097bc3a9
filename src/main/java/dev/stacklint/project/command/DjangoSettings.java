package dev.stacklint.project.command;

import dev.stacklint.project.python.LogicalLine;
import dev.stacklint.project.python.ModuleNames;
import dev.stacklint.project.python.PyToken;
import dev.stacklint.project.python.PyTokenizer;
import dev.stacklint.source.SourceFile;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a Django project behind a proxy trusts its forwarded headers: its WSGI module names the settings module
 * ({@code os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")}, or the container's
 * {@code DJANGO_SETTINGS_MODULE}), and the settings (with the modules they star-import, {@code from .base import *})
 * set {@code SECURE_PROXY_SSL_HEADER} or {@code USE_X_FORWARDED_HOST}, or name a forwarded-header middleware.
 */
final class DjangoSettings {
    private static final String VARIABLE = "DJANGO_SETTINGS_MODULE";
    /** Star imports followed from one settings module to the next; split settings are rarely deeper than two. */
    private static final int MAX_MODULES = 8;

    private DjangoSettings() {
    }

    /** A WSGI module that builds Django's application. */
    static boolean isDjangoWsgi(SourceFile module) {
        return tokens(module).anyMatch(t -> t.is("get_wsgi_application") || t.is("get_asgi_application"));
    }

    /**
     * {@link ProxyTrust#TRUSTS} when the settings trust the proxy, {@link ProxyTrust#DJANGO_NONE} when they were all
     * read and do not, {@link ProxyTrust#UNKNOWN} when the settings module or a module it imports cannot be read.
     */
    static ProxyTrust trust(SourceFile wsgi, CommandContext ctx) {
        Optional<String> module = ctx.env(VARIABLE).map(v -> v.value().orElse("")).or(() -> settingsDefault(wsgi));
        if (module.isEmpty() || !module.get().matches("[A-Za-z_][\\w.]*")) {
            return ProxyTrust.UNKNOWN;
        }
        Set<String> seen = new HashSet<>();
        List<String> pending = new java.util.ArrayList<>(List.of(module.get()));
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (!seen.add(name)) {
                continue;
            }
            if (seen.size() > MAX_MODULES) {
                return ProxyTrust.UNKNOWN;
            }
            Optional<Found> found = find(name, ctx);
            if (found.isEmpty()) {
                return ProxyTrust.UNKNOWN;
            }
            SourceFile file = found.get().file();
            if (tokens(file).anyMatch(DjangoSettings::trusting)) {
                return ProxyTrust.TRUSTS;
            }
            for (String imported : starImports(file, found.get().packageName())) {
                pending.add(imported);
            }
        }
        return ProxyTrust.DJANGO_NONE;
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

    private record Found(SourceFile file, String packageName) {
    }

    /** {@code a.b.c}: {@code a/b/c.py} or {@code a/b/c/__init__.py} in the working directory. */
    private static Optional<Found> find(String module, CommandContext ctx) {
        String path = module.replace('.', '/');
        String parent = module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : "";
        if (ctx.file(path + ".py") instanceof FileLookup.Found f) {
            return Optional.of(new Found(f.file(), parent));
        }
        if (ctx.file(path + "/__init__.py") instanceof FileLookup.Found f) {
            return Optional.of(new Found(f.file(), module));
        }
        return Optional.empty();
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

    /** The modules {@code from X import *} names, relative ones resolved against {@code packageName}. */
    private static List<String> starImports(SourceFile file, String packageName) {
        List<String> out = new java.util.ArrayList<>();
        for (LogicalLine line : PyTokenizer.tokenize(file.text())) {
            List<PyToken> t = line.tokens();
            int n = t.size();
            if (n < 4 || !t.get(0).is("from") || !t.get(n - 2).is("import") || !t.get(n - 1).is("*")) {
                continue;
            }
            StringBuilder written = new StringBuilder();
            t.subList(1, n - 2).forEach(k -> written.append(k.text()));
            out.add(ModuleNames.absolute(packageName, written.toString()));
        }
        return out;
    }


    private static java.util.stream.Stream<PyToken> tokens(SourceFile file) {
        return PyTokenizer.tokenize(file.text()).stream().flatMap(l -> l.tokens().stream());
    }
}
