package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the routes of a Django project: its settings module ({@link AppCode#djangoSettings()}, with the modules it
 * star-imports) names {@code ROOT_URLCONF}, whose {@code urlpatterns} hold {@code path()}, {@code re_path()} and
 * {@code url()} patterns, {@code include()}s of other URLconfs (by module name, module or list) under their
 * prefixes, {@code static()}, {@code admin.site.urls} and {@code debug_toolbar_urls()}. What the linter cannot
 * read, it takes for "anything under this prefix": a pattern that is not plain text, an {@code include()} of a
 * package's URLconf or of a router's {@code urls}, a call it does not know. Unknown (empty) when the settings or
 * a local URLconf cannot be read, {@code ROOT_URLCONF} is not one plain string, or {@code i18n_patterns} routes
 * under a language prefix.
 */
public final class DjangoUrls {
    private static final Set<String> PATTERNS = Set.of("path", "re_path", "url");
    private static final int MAX_FILES = 40;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_ROUTES = 4000;
    private static final int MAX_NAMED_MODULES = 60;

    private final PythonScanner.ModuleResolver resolver;
    private final DjangoSettingValues settings;
    private final Set<String> routes = new LinkedHashSet<>();
    private final Set<String> mounts = new LinkedHashSet<>();
    private final Set<String> literals = new HashSet<>();
    private final Set<String> external = new HashSet<>();
    private final Map<String, UrlConfModule> read = new HashMap<>();
    /** module, name and prefix of every value already read: a name that adds to itself is read once. */
    private final Set<String> evaluated = new HashSet<>();
    private boolean unknown;

    private DjangoUrls(PythonScanner.ModuleResolver resolver, DjangoSettingValues settings) {
        this.resolver = resolver;
        this.settings = settings;
    }

    public static Optional<RouteTable> of(AppCode code) {
        if (code.djangoSettings().isEmpty()) {
            return Optional.empty();
        }
        DjangoSettingsFiles files = DjangoSettingsFiles.read(code.djangoSettings().get(), code.resolver());
        if (!files.complete()) {
            return Optional.empty();
        }
        DjangoSettingValues settings = DjangoSettingValues.of(files.modules());
        Optional<String> urlconf = settings.value("ROOT_URLCONF");
        if (urlconf.isEmpty() || settings.servesRootFiles) {
            return Optional.empty();
        }
        DjangoUrls u = new DjangoUrls(code.resolver(), settings);
        u.literals.addAll(settings.literals);
        u.namedModules();
        for (String setting : List.of("STATIC_URL", "MEDIA_URL")) {
            settings.value(setting).filter(v -> !v.contains("://")).ifPresent(v -> u.mount(v.replaceFirst("^/+", "")));
        }
        u.mount("static/");
        u.urlconf(urlconf.get(), "", 0);
        if (u.unknown || u.routes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RouteTable(List.copyOf(u.routes), List.copyOf(u.mounts), Set.copyOf(u.literals),
                Set.copyOf(u.external)));
    }

    /**
     * The apps and middleware the settings name: a local one may answer a path itself (its literals are kept, as
     * for a Flask app's code) or route by another URLconf ({@code request.urlconf}); another is noted as external
     * (a package that adds routes keeps the rule quiet).
     */
    private void namedModules() {
        for (String name : settings.dottedNames.stream().limit(MAX_NAMED_MODULES).toList()) {
            String parent = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            Optional<SourceFile> local = resolver.find(name).or(() -> resolver.find(parent));
            if (local.isPresent()) {
                for (LogicalLine line : PyTokenizer.tokenize(local.get().text())) {
                    for (PyToken t : line.tokens()) {
                        unknown |= t.is("urlconf") || t.is("set_urlconf"); // request.urlconf replaces ROOT_URLCONF
                        t.value().filter(v -> t.kind() == PyToken.Kind.STRING && v.startsWith("/"))
                                .ifPresent(literals::add);
                    }
                }
            } else {
                external.add(name);
            }
        }
    }

    /** {@code include("app.urls")} under {@code prefix}: a local module's {@code urlpatterns}, else a package's. */
    private void urlconf(String module, String prefix, int depth) {
        Optional<UrlConfModule> m = load(module);
        if (m.isPresent()) {
            value(m.get(), "urlpatterns", prefix, depth + 1);
        } else if (resolver.find(module.split("\\.")[0]).isPresent()) {
            unknown = true; // a module of a local package that is not there
        } else {
            external.add(module);
            mount(prefix);
        }
    }

    private Optional<UrlConfModule> load(String module) {
        if (!module.matches("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*")) {
            return Optional.empty();
        }
        if (read.containsKey(module)) {
            return Optional.of(read.get(module));
        }
        Optional<SourceFile> file = resolver.find(module);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (read.size() >= MAX_FILES) {
            unknown = true;
            return Optional.empty();
        }
        String packageName = file.get().path().getFileName().toString().equals("__init__.py") ? module
                : module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : "";
        UrlConfModule m = UrlConfModule.read(new AppSources.Module(file.get(), packageName,
                PyTokenizer.tokenize(file.get().text())));
        read.put(module, m);
        unknown |= m.i18n;
        literals.addAll(m.literals);
        m.imports.values().stream().filter(i -> resolver.find(i.split("\\.")[0]).isEmpty()).forEach(external::add);
        return Optional.of(m);
    }

    /** Every value a module-level name is given, read as patterns under {@code prefix}. */
    private void value(UrlConfModule m, String name, String prefix, int depth) {
        if (!evaluated.add(m.module.file().path() + "#" + name + "@" + prefix)) {
            return;
        }
        List<UrlConfModule.Value> values = m.values.get(name);
        if (values != null) {
            for (UrlConfModule.Value v : values) {
                if (v.single()) {
                    pattern(m, v.tokens(), prefix, depth + 1);
                } else {
                    patterns(m, v.tokens(), prefix, depth + 1);
                }
            }
        } else if (m.imports.containsKey(name)) {
            imported(m.imports.get(name), prefix, depth);
        } else if (name.equals("urlpatterns")) {
            unknown = true;
        } else {
            mount(prefix);
        }
    }

    /** A name imported from elsewhere: a URLconf module, or a list in one ({@code from .api import urlpatterns}). */
    private void imported(String dotted, String prefix, int depth) {
        if (load(dotted).isPresent()) {
            urlconf(dotted, prefix, depth);
            return;
        }
        int dot = dotted.lastIndexOf('.');
        Optional<UrlConfModule> owner = dot < 0 ? Optional.empty() : load(dotted.substring(0, dot));
        if (owner.isPresent()) {
            value(owner.get(), dotted.substring(dot + 1), prefix, depth + 1);
        } else {
            mount(prefix);
        }
    }

    /** A list expression: lists, tuples, {@code *unpacked}, names and calls joined by {@code +}. */
    private void patterns(UrlConfModule m, List<PyToken> t, String prefix, int depth) {
        for (List<PyToken> part : Tokens.items(t, "+")) {
            part(m, part, prefix, depth + 1);
        }
    }

    private void part(UrlConfModule m, List<PyToken> p, String prefix, int depth) {
        if (depth > MAX_DEPTH) {
            unknown = true;
            return;
        }
        if (p.isEmpty()) {
            return;
        }
        int last = p.size() - 1;
        if ((p.get(0).is("[") || p.get(0).is("(")) && Tokens.matching(p, 0) == last) {
            List<List<PyToken>> items = Tokens.items(p.subList(1, last), ",");
            if (p.stream().anyMatch(k -> k.is("for"))) {
                mount(prefix); // a comprehension
                return;
            }
            for (List<PyToken> item : items) {
                if (!item.isEmpty() && item.get(0).is("*")) {
                    patterns(m, item.subList(1, item.size()), prefix, depth + 1);
                } else if (!item.isEmpty()) {
                    pattern(m, item, prefix, depth + 1);
                }
            }
        } else if (p.size() == 1 && p.get(0).isName()) {
            value(m, p.get(0).text(), prefix, depth + 1);
        } else {
            Optional<String> called = calledName(p);
            switch (called.orElse("")) {
                case "path", "re_path", "url" -> pattern(m, p, prefix, depth + 1);
                case "static" -> mount(prefix + firstString(p).map(v -> v.replaceFirst("^/+", "")).orElse(""));
                case "staticfiles_urlpatterns" -> mount(prefix + firstString(p).or(() -> settings.value("STATIC_URL"))
                        .orElse("static/").replaceFirst("^/+", ""));
                case "debug_toolbar_urls" -> mount(prefix + firstString(p).orElse("__debug__") + "/");
                case "i18n_patterns" -> unknown = true;
                default -> mount(prefix);
            }
        }
    }

    /** One element of a pattern list: {@code path(route, view)}, {@code path(route, include(...))}, or a list. */
    private void pattern(UrlConfModule m, List<PyToken> p, String prefix, int depth) {
        Optional<String> called = calledName(p).filter(PATTERNS::contains);
        if (called.isEmpty()) {
            part(m, p, prefix, depth);
            return;
        }
        List<List<PyToken>> args = arguments(p);
        Optional<String> route = tokens(args, 0, "route").or(() -> tokens(args, 0, "regex")).flatMap(this::string);
        Optional<List<PyToken>> view = tokens(args, 1, "view");
        if (route.isEmpty() || view.isEmpty()) {
            mount(prefix);
            return;
        }
        boolean regex = !called.get().equals("path");
        if (calledName(view.get()).filter("include"::equals).isPresent()) {
            Optional<String> head = regex ? DjangoRegex.prefix(route.get()) : route;
            Optional<List<PyToken>> target = tokens(arguments(view.get()), 0, "arg");
            if (head.isEmpty() || target.isEmpty()) {
                mount(prefix);
            } else {
                include(m, target.get(), prefix + head.get(), depth + 1);
            }
        } else if (view.get().size() > 1 && view.get().get(view.get().size() - 1).is("urls")) {
            mount(prefix + (regex ? DjangoRegex.prefix(route.get()).orElse("") : route.get())); // admin.site.urls
        } else {
            Optional<List<String>> ends = regex ? DjangoRegex.endpoint(route.get()) : Optional.of(List.of(route.get()));
            ends.ifPresentOrElse(e -> e.forEach(r -> route(prefix + r)), () -> mount(prefix));
        }
    }

    /** What {@code include()} is given: a module name, a list, a {@code (patterns, app_name)} tuple, a name. */
    private void include(UrlConfModule m, List<PyToken> target, String prefix, int depth) {
        Optional<String> module = string(target);
        if (module.isPresent()) {
            urlconf(module.get(), prefix, depth);
        } else if (target.get(0).is("(") && Tokens.matching(target, 0) == target.size() - 1) {
            List<List<PyToken>> items = Tokens.items(target.subList(1, target.size() - 1), ",");
            if (items.isEmpty()) {
                mount(prefix);
            } else {
                include(m, items.get(0), prefix, depth + 1);
            }
        } else if (target.size() == 1 && target.get(0).isName() && !m.values.containsKey(target.get(0).text())
                && m.imports.containsKey(target.get(0).text())) {
            imported(m.imports.get(target.get(0).text()), prefix, depth);
        } else {
            patterns(m, target, prefix, depth + 1);
        }
    }

    /** Under {@code prefix}, anything may be served. */
    private void mount(String prefix) {
        if (prefix.isEmpty() || (prefix.endsWith("/") && !prefix.contains("<"))) {
            mounts.add("/" + prefix);
        } else {
            route(prefix);
            route(prefix + "<path:rest>"); // Django matches the prefix as text, not as whole segments
        }
    }

    private void route(String path) {
        routes.add("/" + path);
        unknown |= routes.size() > MAX_ROUTES;
    }

    /** A plain string, or {@code settings.NAME} when the settings give it one plain value. */
    private Optional<String> string(List<PyToken> t) {
        if (t.size() == 3 && t.get(0).is("settings") && t.get(1).is(".") && t.get(2).isName()) {
            return settings.value(t.get(2).text());
        }
        if (t.isEmpty() || !t.stream().allMatch(k -> k.kind() == PyToken.Kind.STRING && k.value().isPresent())) {
            return Optional.empty();
        }
        return Optional.of(t.stream().map(k -> k.value().orElseThrow()).reduce("", String::concat));
    }

    private Optional<String> firstString(List<PyToken> call) {
        return tokens(arguments(call), 0, "prefix").flatMap(this::string);
    }

    /** The last name of a call that spans all of {@code p}: {@code path} for {@code urls.path(...)}. */
    private static Optional<String> calledName(List<PyToken> p) {
        int open = 0;
        while (open < p.size() && (p.get(open).isName() || p.get(open).is("."))) {
            open++;
        }
        if (open == 0 || open >= p.size() || !p.get(open).is("(") || !p.get(open - 1).isName()
                || Tokens.matching(p, open) != p.size() - 1) {
            return Optional.empty();
        }
        return Optional.of(p.get(open - 1).text());
    }

    /** The arguments of the call that spans {@code p}. */
    private static List<List<PyToken>> arguments(List<PyToken> p) {
        int open = 0;
        while (!p.get(open).is("(")) {
            open++;
        }
        return Tokens.items(p.subList(open + 1, p.size() - 1), ",");
    }

    /** The {@code n}th positional argument, or the keyword argument {@code keyword}. */
    private static Optional<List<PyToken>> tokens(List<List<PyToken>> args, int n, String keyword) {
        List<List<PyToken>> positional = args.stream()
                .filter(a -> !(a.size() >= 2 && a.get(0).isName() && a.get(1).is("="))).toList();
        if (n < positional.size() && !positional.get(n).isEmpty()) {
            return Optional.of(positional.get(n));
        }
        return args.stream().filter(a -> a.size() > 2 && a.get(0).is(keyword) && a.get(1).is("=")).findFirst()
                .map(a -> a.subList(2, a.size()));
    }
}
