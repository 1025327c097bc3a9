package dev.stacklint.project.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the routes of a Flask, Quart, FastAPI or Starlette app at the token level, across {@link AppSources}: route
 * decorators ({@code @app.route}, {@code @bp.get}, {@code @router.post}...), {@code add_url_rule},
 * {@code add_api_route}, {@code Route(...)}, the prefixes of blueprints and routers where they are made
 * ({@code Blueprint(..., url_prefix=)}, {@code APIRouter(prefix=)}) and where they are registered
 * ({@code register_blueprint(bp, url_prefix=)}, {@code include_router(r, prefix=)}), nested ones included, mounts
 * and static folders, and FastAPI's documentation routes. Objects are told apart by name only: a name made or
 * registered several times takes every prefix it is given, and routes of an object that is neither an app nor a
 * blueprint may sit under any prefix. Unknown (empty) when anything that adds a route is not a literal, a
 * blueprint is registered by a name that is made nowhere in the code read, a local module is missing, or no app is
 * made in it.
 */
public final class AppRoutes {
    private static final Set<String> DECORATORS = Set.of("route", "get", "post", "put", "delete", "patch", "head",
            "options", "api_route", "websocket", "websocket_route");
    private static final Set<String> ROUTE_CALLS = Set.of("add_url_rule", "add_api_route", "add_route",
            "add_websocket_route", "add_api_websocket_route", "Route", "WebSocketRoute");
    private static final Set<String> APPS = Set.of("Flask", "Quart", "APIFlask", "FastAPI", "Starlette");
    private static final Set<String> GROUPS = Set.of("Blueprint", "APIBlueprint", "APIRouter");
    private static final Set<String> REGISTER = Set.of("register_blueprint", "include_router");
    private static final Set<String> PREFIX_KEYWORDS = Set.of("url_prefix", "prefix");
    private static final List<String> FASTAPI_DOCS = List.of("/docs", "/docs/oauth2-redirect", "/redoc",
            "/openapi.json");
    private static final int MAX_NESTING = 3;
    private static final int MAX_PREFIXES = 64;

    /** A route as written on an object ({@code ""}: on no object, as Starlette's {@code Route(...)}). */
    private record Written(String object, String path) {
    }

    private record Registration(String receiver, String child, Optional<String> prefix) {
    }

    private final List<Written> routes = new ArrayList<>();
    /** Routes the framework adds itself (FastAPI's documentation). */
    private final List<Written> builtin = new ArrayList<>();
    private final Map<String, List<Optional<String>>> groups = new HashMap<>();
    private final Set<String> appNames = new HashSet<>();
    private final List<Registration> registrations = new ArrayList<>();
    private final List<String> mounts = new ArrayList<>();
    private final Set<String> literals = new HashSet<>();
    private boolean apps;
    private boolean unknown;

    private AppRoutes() {
    }

    public static Optional<RouteTable> of(AppCode code) {
        AppSources sources = AppSources.of(code);
        if (!sources.complete()) {
            return Optional.empty();
        }
        AppRoutes r = new AppRoutes();
        for (AppSources.Module m : sources.modules()) {
            for (LogicalLine line : m.lines()) {
                r.line(line.tokens());
            }
        }
        if (r.unknown || !r.apps || r.routes.isEmpty()
                || !r.registrations.stream().allMatch(g -> r.groups.containsKey(g.child()))) {
            return Optional.empty();
        }
        List<String> paths = r.paths();
        if (r.unknown) {
            return Optional.empty();
        }
        return Optional.of(new RouteTable(paths, List.copyOf(r.mounts), Set.copyOf(r.literals), sources.external()));
    }

    /** Every route with every prefix its object may have. */
    private List<String> paths() {
        Set<String> all = new LinkedHashSet<>();
        Set<String> anyPrefix = new LinkedHashSet<>(List.of(""));
        groups.keySet().forEach(g -> anyPrefix.addAll(prefixes(g, 0)));
        List<Written> every = new ArrayList<>(routes);
        every.addAll(builtin);
        for (Written w : every) {
            Set<String> heads = groups.containsKey(w.object()) ? prefixes(w.object(), 0)
                    : appNames.contains(w.object()) || w.object().isEmpty() ? Set.of("") : anyPrefix;
            heads.forEach(h -> all.add(h + "/" + w.path()));
        }
        return List.copyOf(all);
    }

    /**
     * The prefixes of a blueprint or router: where it is registered with a prefix, that one (Flask replaces the
     * blueprint's own; FastAPI puts it before the router's, so both are kept), under its parent's when it is
     * registered on another blueprint; where no prefix is given, its own or none.
     */
    private Set<String> prefixes(String group, int depth) {
        List<String> own = groups.getOrDefault(group, List.of()).stream().map(p -> p.orElse("")).toList();
        Set<String> out = new LinkedHashSet<>();
        List<Registration> regs = registrations.stream().filter(r -> r.child().equals(group)).toList();
        if (regs.isEmpty() || depth > MAX_NESTING) {
            out.add("");
            out.addAll(own);
            return out;
        }
        for (Registration r : regs) {
            Set<String> mine = new LinkedHashSet<>();
            if (r.prefix().isPresent()) {
                mine.add(r.prefix().get());
                own.forEach(o -> mine.add(r.prefix().get() + "/" + o));
            } else {
                mine.addAll(own);
            }
            Set<String> parents = groups.containsKey(r.receiver()) && !r.receiver().equals(group)
                    ? prefixes(r.receiver(), depth + 1) : Set.of("");
            parents.forEach(p -> mine.forEach(m -> out.add(p + "/" + m)));
            if (out.size() > MAX_PREFIXES) {
                unknown = true; // a name registered everywhere: too many combinations to be worth telling apart
                return out;
            }
        }
        return out;
    }

    /** The line's routing calls; its other path-like strings go to {@link #literals}. */
    private void line(List<PyToken> t) {
        int before = routes.size() + registrations.size() + groups.size() + mounts.size();
        if (t.size() > 3 && t.get(0).is("@")) {
            decorator(t);
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).isName() && t.get(i + 1).is("(")) {
                call(t, i);
            }
        }
        if (routes.size() + registrations.size() + groups.size() + mounts.size() > before) {
            return;
        }
        for (PyToken tok : t) {
            tok.value().filter(v -> tok.kind() == PyToken.Kind.STRING && v.startsWith("/") && v.length() < 200)
                    .ifPresent(literals::add);
        }
    }

    /** {@code @OBJECT.METHOD("/path", ...)}. */
    private void decorator(List<PyToken> t) {
        int open = 1;
        while (open < t.size() && !t.get(open).is("(")) {
            open++;
        }
        if (open >= t.size() || open < 4 || !DECORATORS.contains(t.get(open - 1).text()) || !t.get(open - 2).is(".")) {
            return;
        }
        Call c = Call.at(t, open - 1);
        String object = t.get(open - 3).text();
        c.positional(0).or(() -> c.keyword("path")).or(() -> c.keyword("rule"))
                .ifPresentOrElse(p -> routes.add(new Written(object, p)), () -> unknown = true);
    }

    private void call(List<PyToken> t, int at) {
        String name = t.get(at).text();
        boolean method = at > 1 && t.get(at - 1).is(".");
        String receiver = method ? t.get(at - 2).text() : "";
        Optional<String> assigned = at >= 2 && t.get(at - 1).is("=") && t.get(at - 2).isName()
                ? Optional.of(t.get(at - 2).text()) : Optional.empty();
        Call c = Call.at(t, at);
        if (APPS.contains(name)) {
            apps = true;
            assigned.ifPresent(appNames::add);
            staticFolder(c);
            if (name.equals("FastAPI")) {
                FASTAPI_DOCS.forEach(d -> builtin.add(new Written("", d)));
                List.of("docs_url", "redoc_url", "openapi_url")
                        .forEach(k -> c.keyword(k).ifPresent(d -> builtin.add(new Written("", d))));
            } else if (!name.equals("Starlette")) {
                mounts.add("/static");
            }
        } else if (GROUPS.contains(name)) {
            staticFolder(c);
            Optional<String> prefix = prefix(c);
            assigned.ifPresentOrElse(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(prefix),
                    () -> unknown = true);
        } else if (method && REGISTER.contains(name)) {
            Optional<String> prefix = prefix(c);
            c.lastNameOfFirst().ifPresentOrElse(g -> registrations.add(new Registration(receiver, g, prefix)),
                    () -> unknown = true);
        } else if (ROUTE_CALLS.contains(name)) {
            c.positional(0).or(() -> c.keyword("path")).or(() -> c.keyword("rule"))
                    .ifPresentOrElse(p -> routes.add(new Written(receiver, p)), () -> unknown = true);
        } else if (name.equals("mount") || name.equals("Mount")) {
            c.positional(0).or(() -> c.keyword("path")).ifPresentOrElse(mounts::add, () -> unknown = true);
        } else if ((method && name.equals("add_resource")) || name.equals("DispatcherMiddleware")) {
            unknown = true; // Flask-RESTful's resources, or other apps mounted under paths of their own
        }
    }

    /** The literal {@code url_prefix=}/{@code prefix=} of a call; one that is not a literal makes routes unknown. */
    private Optional<String> prefix(Call c) {
        for (String k : PREFIX_KEYWORDS) {
            if (c.hasKeyword(k)) {
                Optional<String> p = c.keyword(k);
                unknown |= p.isEmpty();
                return p;
            }
        }
        return Optional.empty();
    }

    private void staticFolder(Call c) {
        if (c.hasKeyword("static_url_path")) {
            c.keyword("static_url_path").ifPresentOrElse(mounts::add, () -> unknown = true);
        }
    }
}
