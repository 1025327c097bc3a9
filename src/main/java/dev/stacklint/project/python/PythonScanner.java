package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Python entry file at the token level (not a Python parser): which names are Flask apps
 * ({@code Flask(__name__)} in any import spelling, app factories, apps imported from a sibling module), the calls
 * that start a server with their literal {@code host}/{@code port}/{@code debug} arguments, and statements that turn
 * debug mode on. What it cannot read as a literal is {@link PyValue.Kind#UNKNOWN}, never a guess.
 */
public final class PythonScanner {
    private static final int MAX_IMPORT_DEPTH = 2;
    /** How many calls deep the scanner follows the entry's calls into functions of local modules. */
    private static final int MAX_CALL_DEPTH = 3;
    private static final Set<String> PROXY_MIDDLEWARE = Set.of("ProxyFix", "ProxyHeadersMiddleware");
    private static final Set<String> FACTORY_NAMES = Set.of("create_app", "make_app", "create_application");

    /** Finds the file of a module imported by the scanned one ({@code from app import app}). */
    @FunctionalInterface
    public interface ModuleResolver {
        Optional<SourceFile> find(String module);

        ModuleResolver NONE = m -> Optional.empty();
    }

    private final SourceFile file;
    /** The package a relative import in this file starts from ({@code ""}: the entry script's folder). */
    private final String packageName;
    private final PyFile code;
    private final List<LogicalLine> lines;
    /** local name → what it is bound to: {@code flask}, {@code flask.Flask}, {@code app.create_app}... */
    private final Map<String, String> imports = new HashMap<>();
    private final Set<String> factories = new HashSet<>();
    private final Set<String> apps = new HashSet<>();
    private final Set<String> socketios = new HashSet<>();
    /** {@code SocketIO(app, async_mode=...)}: the literal mode, per name. */
    private final Map<String, PyValue> socketioModes = new HashMap<>();
    private final Set<String> flaskGroups = new HashSet<>();
    /** The file, or a module it takes its app from, names a middleware that reads forwarded headers. */
    private boolean proxyFix;
    private PythonScanner(SourceFile file, String packageName) {
        this.file = file;
        this.packageName = packageName;
        this.code = new PyFile(file);
        this.lines = code.lines();
    }

    public static PythonEntry scan(SourceFile file, ModuleResolver resolver) {
        PythonScanner s = bound(file, "", resolver, 0);
        List<ServerCall> calls = new ArrayList<>(s.readCalls(n -> true));
        Set<String> seen = new HashSet<>();
        seen.add(file.path() + "#");
        s.importTimeCalls(resolver, calls, seen);
        s.follow(n -> true, resolver, 0, calls, seen);
        // a function of the entry file is read with the whole file already
        Map<String, ServerCall> unique = new LinkedHashMap<>();
        calls.forEach(c -> unique.putIfAbsent(c.file().path() + "@" + c.span().start(), c));
        return new PythonEntry(file, !s.apps.isEmpty(), List.copyOf(unique.values()), s.readDebug(),
                s.runsFlaskGroup(), s.importsAsyncServer(), s.proxyFix);
    }

    /** A scanner of {@code file} that knows its imports, app factories and app names (through imported modules). */
    private static PythonScanner bound(SourceFile file, String packageName, ModuleResolver resolver, int depth) {
        PythonScanner s = new PythonScanner(file, packageName);
        s.readImports();
        s.readFactories();
        s.readBindings(resolver, depth);
        return s;
    }

    /** A local module: its file and the package its own relative imports start from. */
    private record Module(SourceFile file, String packageName) {
    }

    /** The local module a dotted name (relative ones against this file's package) is, if the resolver finds it. */
    private Optional<Module> module(String written) {
        String name = ModuleNames.absolute(packageName, written);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String module = name;
        return resolver(module).map(f -> new Module(f, f.path().getFileName().toString().equals("__init__.py")
                ? module : module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : ""));
    }

    private ModuleResolver currentResolver = ModuleResolver.NONE;

    private Optional<SourceFile> resolver(String module) {
        return currentResolver.find(module).filter(f -> !f.path().equals(file.path()));
    }

    // --- imports, factories, bindings --------------------------------------------------------------------------

    private void readImports() {
        for (LogicalLine line : lines) {
            List<PyToken> t = line.tokens();
            if (t.get(0).is("import")) {
                for (List<PyToken> item : Tokens.split(t.subList(1, t.size()), ",")) {
                    String dotted = Tokens.dotted(item, 0);
                    int as = Tokens.indexOf(item, "as");
                    if (as >= 0 && as + 1 < item.size()) {
                        imports.put(item.get(as + 1).text(), dotted);
                    } else if (!dotted.isEmpty()) {
                        String top = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
                        imports.put(top, top);
                    }
                }
            } else if (t.get(0).is("from")) {
                int imp = Tokens.indexOf(t, "import");
                if (imp < 0) {
                    continue;
                }
                StringBuilder module = new StringBuilder();
                for (PyToken x : t.subList(1, imp)) {
                    module.append(x.text());
                }
                List<PyToken> names = t.subList(imp + 1, t.size()).stream()
                        .filter(x -> !x.is("(") && !x.is(")")).toList();
                for (List<PyToken> item : Tokens.split(names, ",")) {
                    if (item.isEmpty() || !item.get(0).isName()) {
                        continue;
                    }
                    int as = Tokens.indexOf(item, "as");
                    String local = as >= 0 && as + 1 < item.size() ? item.get(as + 1).text() : item.get(0).text();
                    imports.put(local, module + "." + item.get(0).text());
                }
            }
        }
    }

    /** Functions of this file that create a Flask app: app factories. */
    private void readFactories() {
        for (int n = 0; n < lines.size(); n++) {
            if (containsCall(lines.get(n).tokens(), "flask.Flask")) {
                factories.addAll(code.functionsAround(n));
            }
        }
    }

    private boolean containsCall(List<PyToken> t, String qualified) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).isName() && (k == 0 || !t.get(k - 1).is("."))) {
                int end = Tokens.dottedEnd(t, k);
                if (end < t.size() && t.get(end).is("(") && qualified.equals(qualify(t.subList(k, end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code NAME = Flask(...)}, {@code NAME = create_app()}, {@code NAME = SocketIO(app)}, imported apps. */
    private void readBindings(ModuleResolver resolver, int depth) {
        currentResolver = resolver;
        proxyFix = lines.stream().flatMap(l -> l.tokens().stream())
                .anyMatch(t -> t.isName() && PROXY_MIDDLEWARE.contains(t.text()));
        for (int n = 0; n < lines.size(); n++) {
            List<PyToken> t = code.statement(n);
            int eq = Tokens.assignmentValue(t);
            if (eq < 0 || eq >= t.size() || !t.get(eq).isName()) {
                continue;
            }
            int end = Tokens.dottedEnd(t, eq);
            if (end >= t.size() || !t.get(end).is("(")) {
                continue;
            }
            String callee = qualify(t.subList(eq, end));
            String last = callee.substring(callee.lastIndexOf('.') + 1);
            if (callee.equals("flask.Flask") || factories.contains(callee) || FACTORY_NAMES.contains(last)) {
                apps.add(t.get(0).text());
            } else if (callee.equals("flask_socketio.SocketIO")) {
                socketios.add(t.get(0).text());
                int close = Tokens.matching(t, end);
                ServerCall ctor = call(ServerCall.Library.SOCKETIO, t.subList(end + 1, Math.min(close, t.size())),
                        t.get(eq).span(), false);
                socketioModes.put(t.get(0).text(), ctor.arg("async_mode"));
            } else if (callee.equals("flask.cli.FlaskGroup")) {
                flaskGroups.add(t.get(0).text());
            }
        }
        if (depth >= MAX_IMPORT_DEPTH) {
            return;
        }
        for (Map.Entry<String, String> e : imports.entrySet()) {
            String q = e.getValue();
            int dot = q.lastIndexOf('.');
            if (dot <= 0 || q.startsWith("flask.") || apps.contains(e.getKey())) {
                continue;
            }
            String attr = q.substring(dot + 1);
            Optional<Module> module = module(q.substring(0, dot));
            if (module.isEmpty()) {
                continue;
            }
            PythonScanner other = bound(module.get().file(), module.get().packageName(), resolver, depth + 1);
            proxyFix |= other.proxyFix;
            if (other.apps.contains(attr)) {
                apps.add(e.getKey());
            } else if (other.socketios.contains(attr)) {
                socketios.add(e.getKey());
                socketioModes.put(e.getKey(), other.socketioModes.get(attr));
            }
        }
    }

    // --- calls -------------------------------------------------------------------------------------------------

    private List<ServerCall> readCalls(java.util.function.IntPredicate wanted) {
        List<ServerCall> calls = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (!wanted.test(n)) {
                continue;
            }
            List<PyToken> t = code.statement(n);
            for (Tokens.CallSite site : Tokens.calls(t)) {
                int k = site.name();
                int end = site.open();
                List<PyToken> callee = t.subList(k, end);
                Optional<ServerCall.Library> lib = library(callee);
                if (lib.isPresent()) {
                    int close = Tokens.matching(t, end);
                    Span span = t.get(k).span().to(t.get(Math.min(close, t.size() - 1)).span());
                    ServerCall c = call(lib.get(), t.subList(end + 1, Math.min(close, t.size())), span,
                            code.guarded(n));
                    calls.add(lib.get() == ServerCall.Library.SOCKETIO ? c.withMode(socketioModes
                            .getOrDefault(callee.get(0).text(), PyValue.absent(span))) : c);
                }
            }
        }
        return calls;
    }

    /**
     * Follows the calls on the {@code wanted} lines into functions of local modules ({@code from mypkg import main;
     * main()}, {@code server.start()}, re-exports through a package's {@code __init__.py}) and of this file, adding
     * the server calls in their bodies; each function once, at most {@link #MAX_CALL_DEPTH} calls deep.
     */
    private void follow(java.util.function.IntPredicate wanted, ModuleResolver resolver, int depth,
                        List<ServerCall> calls, Set<String> seen) {
        if (depth >= MAX_CALL_DEPTH) {
            return;
        }
        for (int n = 0; n < lines.size(); n++) {
            if (!wanted.test(n)) {
                continue;
            }
            List<PyToken> t = code.statement(n);
            for (Tokens.CallSite site : Tokens.calls(t)) {
                int k = site.name();
                if (k > 0 && t.get(k - 1).is("def")) {
                    continue;
                }
                target(qualify(t.subList(k, site.open())), t.get(k).text(), resolver, 0).ifPresent(f -> {
                    if (seen.add(f.scanner().file.path() + "#" + f.function())) {
                        PythonScanner s = f.scanner();
                        calls.addAll(s.readCalls(line -> s.code.inFunction(line, f.function())));
                        s.follow(line -> s.code.inFunction(line, f.function()), resolver, depth + 1, calls, seen);
                    }
                });
            }
        }
    }

    /** A function to follow: which file's scanner, which name. */
    private record Function(PythonScanner scanner, String function) {
    }

    /** The function a call's qualified name names: in this file, or in a local module (through re-exports). */
    private Optional<Function> target(String qualified, String head, ModuleResolver resolver, int hops) {
        if (hops > MAX_IMPORT_DEPTH) {
            return Optional.empty();
        }
        if (!qualified.contains(".")) {
            return code.defines(qualified) && !imports.containsKey(head) ? Optional.of(new Function(this, qualified))
                    : Optional.empty();
        }
        if (!imports.containsKey(head)) {
            return Optional.empty(); // a method of a local object, or of something built in
        }
        int dot = qualified.lastIndexOf('.');
        String function = qualified.substring(dot + 1);
        Optional<Module> m = module(qualified.substring(0, dot));
        if (m.isEmpty()) {
            return Optional.empty();
        }
        PythonScanner other = bound(m.get().file(), m.get().packageName(), resolver, MAX_IMPORT_DEPTH - 1);
        if (other.code.defines(function)) {
            return Optional.of(new Function(other, function));
        }
        String reexported = other.imports.get(function);
        return reexported == null || !reexported.contains(".") ? Optional.empty()
                : other.target(reexported, function, resolver, hops + 1);
    }

    /** The local modules this file imports run their module-level code on import: their server calls count. */
    private void importTimeCalls(ModuleResolver resolver, List<ServerCall> calls, Set<String> seen) {
        for (String q : new java.util.TreeSet<>(imports.values())) {
            for (String name : List.of(q, q.contains(".") ? q.substring(0, q.lastIndexOf('.')) : q)) {
                Optional<Module> m = module(name);
                if (m.isPresent() && seen.add(m.get().file().path() + "#")) {
                    PythonScanner s = bound(m.get().file(), m.get().packageName(), resolver, MAX_IMPORT_DEPTH - 1);
                    calls.addAll(s.readCalls(s.code::atModuleLevel));
                }
            }
        }
    }

    /** The file runs a Flask CLI group it builds ({@code cli = FlaskGroup(create_app=...)}; {@code cli()}). */
    private boolean runsFlaskGroup() {
        return !flaskGroups.isEmpty();
    }

    /** eventlet or gevent is imported: Flask-SocketIO then serves with it rather than with Werkzeug. */
    private boolean importsAsyncServer() {
        return imports.values().stream().anyMatch(q -> q.equals("eventlet") || q.startsWith("eventlet.")
                || q.equals("gevent") || q.startsWith("gevent."));
    }

    private Optional<ServerCall.Library> library(List<PyToken> callee) {
        if (callee.size() == 3 && callee.get(2).is("run")) {
            String receiver = callee.get(0).text();
            if (apps.contains(receiver)) {
                return Optional.of(ServerCall.Library.FLASK);
            }
            if (socketios.contains(receiver)) {
                return Optional.of(ServerCall.Library.SOCKETIO);
            }
        }
        return switch (qualify(callee)) {
            case "uvicorn.run" -> Optional.of(ServerCall.Library.UVICORN);
            case "waitress.serve" -> Optional.of(ServerCall.Library.WAITRESS);
            default -> Optional.empty();
        };
    }

    private ServerCall call(ServerCall.Library lib, List<PyToken> argTokens, Span span, boolean guarded) {
        Map<String, PyValue> args = new LinkedHashMap<>();
        boolean kwargs = false;
        int position = 0;
        for (List<PyToken> arg : Tokens.split(argTokens, ",")) {
            if (arg.isEmpty()) {
                continue;
            }
            Span argSpan = arg.get(0).span().to(arg.get(arg.size() - 1).span());
            if (arg.get(0).is("**") || arg.get(0).is("*")) {
                kwargs = true;
            } else if (arg.size() >= 2 && arg.get(0).isName() && arg.get(1).is("=")) {
                List<PyToken> value = arg.subList(2, arg.size());
                args.put(arg.get(0).text(), value.isEmpty() ? new PyValue(PyValue.Kind.UNKNOWN, "", argSpan, argSpan)
                        : code.literal(value, argSpan));
            } else if (position < lib.positional().size()) {
                args.put(lib.positional().get(position++), code.literal(arg, argSpan));
            }
        }
        return new ServerCall(lib, file, span, args, kwargs, guarded);
    }

    /** {@code app.debug = True}, {@code app.config["DEBUG"] = True} on a Flask app. */
    private List<Span> readDebug() {
        List<Span> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            List<PyToken> t = code.statement(n);
            if (t.size() < 5 || !apps.contains(t.get(0).text()) || !t.get(t.size() - 1).is("True")
                    || !t.get(t.size() - 2).is("=")) {
                continue;
            }
            List<PyToken> target = t.subList(1, t.size() - 2);
            boolean attr = target.size() == 2 && target.get(0).is(".") && target.get(1).is("debug");
            boolean config = target.size() == 5 && target.get(1).is("config") && target.get(2).is("[")
                    && target.get(3).value().filter("DEBUG"::equals).isPresent() && target.get(4).is("]");
            if (attr || config) {
                out.add(t.get(0).span().to(t.get(t.size() - 1).span()));
            }
        }
        return out;
    }

    /** A dotted name with its first element replaced by what it was imported as: {@code F} → {@code flask.Flask}. */
    private String qualify(List<PyToken> name) {
        StringBuilder sb = new StringBuilder();
        for (PyToken x : name) {
            sb.append(x.text());
        }
        String written = sb.toString();
        String head = name.get(0).text();
        String bound = imports.get(head);
        return bound == null ? written : bound + written.substring(head.length());
    }
}
