package dev.stacklint.rules.stack;

import dev.stacklint.compose.PortMapping;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.project.command.Launch;
import dev.stacklint.project.command.Listen;
import dev.stacklint.project.command.Server;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.regex.Pattern;

/** SL301: the server in a container listens only on a loopback address. */
public final class LoopbackBind implements StackRule {
    static final RuleMeta META = new RuleMeta("SL301", "loopback-bind", Severity.ERROR,
            "A server in a container listens only on 127.0.0.1, so nothing outside the container can reach it.")
            .fixable(Fix.Safety.UNSAFE);

    private static final Pattern RUN_CALL = Pattern.compile("[A-Za-z_][\\w.]*\\.run\\([^()\\n]*\\)");
    private static final Pattern QUOTED_LOOPBACK = Pattern.compile("([\"'])(127\\.0\\.0\\.1|localhost)\\1");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            // a proxy or supervisor in the same container reaches the loopback address on purpose
            if (c.sharesNetwork() || c.command().runs(Server.Role.PROXY)
                    || c.command().runs(Server.Role.MANAGER)) {
                continue;
            }
            for (Launch l : c.command().launches()) {
                if (l.conditional() || l.server().role() != Server.Role.APP || l.listens().isEmpty()
                        || !l.listens().stream().allMatch(Listen::loopbackOnly)) {
                    continue;
                }
                for (Listen listen : l.listens()) {
                    reporter.report(listen.origin().file(), listen.origin().span(), message(c, l, listen),
                            hostFix(l, listen));
                }
            }
        }
    }

    /**
     * For {@code app.run()} and {@code socketio.run()} in Python: {@code host="0.0.0.0"} added to a one-line call
     * that gives no host, or written over a quoted loopback host. Unsafe: the server is then reachable from outside
     * the container, which is the point, but also from wherever the port is published.
     */
    private static Fix hostFix(Launch l, Listen listen) {
        if (l.server() != Server.FLASK_SCRIPT && l.server() != Server.SOCKETIO && l.server() != Server.SOCKETIO_WERKZEUG) {
            return null;
        }
        Span span = listen.origin().span();
        String written = listen.origin().file().slice(span);
        String description = "listen on every interface: host=\"0.0.0.0\"";
        if (listen.byDefault() && RUN_CALL.matcher(written).matches() && !written.contains("host")) {
            boolean noArgs = written.endsWith("()");
            return Fix.unsafe(description, Edit.insert(span.end() - 1, (noArgs ? "" : ", ") + "host=\"0.0.0.0\""));
        }
        if (!listen.byDefault() && QUOTED_LOOPBACK.matcher(written).matches()) {
            return Fix.unsafe(description, new Edit(span, "\"0.0.0.0\""));
        }
        return null;
    }

    private static String message(Container c, Launch l, Listen listen) {
        int port = listen.port().orElse(0);
        List<String> published = c.service().map(s -> s.ports().stream()
                .filter(p -> p.target().value().contains(port) && p.published().isPresent())
                .map(PortMapping::published).map(p -> p.orElseThrow().value().toString()).toList()).orElse(List.of());
        String unreachable = published.isEmpty() ? ""
                : published.size() == 1 ? ", so published port " + published.get(0) + " is unreachable"
                : ", so published ports " + String.join(", ", published) + " are unreachable";
        return l.server().label() + " listens only on " + listen.display() + (listen.byDefault() ? " (its default)" : "")
                + ": nothing outside the container can reach it" + unreachable + "; " + fix(l.server(), port);
    }

    private static String fix(Server server, int port) {
        return switch (server) {
            case FLASK_RUN -> "run `flask run --host 0.0.0.0` (or set FLASK_RUN_HOST=0.0.0.0)";
            case FLASK_SCRIPT -> "pass host=\"0.0.0.0\" to app.run()";
            case SOCKETIO, SOCKETIO_WERKZEUG -> "pass host=\"0.0.0.0\" to socketio.run()";
            case GUNICORN, HYPERCORN -> "bind to all interfaces with `--bind 0.0.0.0:" + port + "`";
            case UVICORN, FASTAPI -> "pass `--host 0.0.0.0`";
            case DAPHNE -> "pass `--bind 0.0.0.0`";
            case UWSGI -> "bind to all interfaces (`0.0.0.0:" + port + "`)";
            case WAITRESS -> "listen on all interfaces (`--listen=0.0.0.0:" + port + "`)";
            case DJANGO_RUNSERVER -> "run `manage.py runserver 0.0.0.0:" + port + "`";
            default -> "listen on 0.0.0.0";
        };
    }
}
