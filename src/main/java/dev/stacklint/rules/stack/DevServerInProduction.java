package dev.stacklint.rules.stack;

import dev.stacklint.project.Container;
import dev.stacklint.project.Environment;
import dev.stacklint.project.Stack;
import dev.stacklint.project.command.Debug;
import dev.stacklint.project.command.DevServer;
import dev.stacklint.project.command.Launch;
import dev.stacklint.project.command.Listen;
import dev.stacklint.project.command.Server;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

import java.util.Optional;

/** SL302: a production container runs a development web server, worse with debug mode on. */
public final class DevServerInProduction implements StackRule {
    static final RuleMeta META = new RuleMeta("SL302", "dev-server-in-production", Severity.WARNING,
            "A production service runs a framework's development server (Flask, Django, uvicorn --reload, next dev,"
                    + " nodemon, rails s -e development...), or turns Flask's debugger on.");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            if (c.environment() == Environment.DEVELOPMENT) {
                continue;
            }
            for (Launch l : c.command().launches()) {
                // a dev server behind a shell condition is usually the development branch of an entrypoint
                if (l.conditional() || stack.environmentOf(l.where().file()) == Environment.DEVELOPMENT) {
                    continue;
                }
                Optional<Debug> debug = l.debug()
                        .filter(d -> stack.environmentOf(d.origin().file()) != Environment.DEVELOPMENT);
                // a Compose command in a file nothing marks as production or development: one level quieter
                boolean unsure = c.environment() == Environment.UNKNOWN && stack.isComposeFile(l.where().file());
                if (l.devServer().isPresent()) {
                    reporter.report(l.where().file(), l.where().span(), unsure ? Severity.INFO : Severity.WARNING,
                            tableMessage(l, l.devServer().get()));
                }
                if (debug.isPresent() && l.server().servesDebugger()) {
                    reporter.report(debug.get().origin().file(), debug.get().origin().span(),
                            unsure ? Severity.WARNING : Severity.ERROR,
                            l.server().label() + " runs with debug mode on (" + debug.get().setting()
                                    + "): anyone who can reach the port can run code through the Werkzeug debugger;"
                                    + " turn debug off in production and serve the app with gunicorn");
                } else if (!l.server().devServer()) {
                    debug.ifPresent(d -> reporter.report(d.origin().file(), d.origin().span(),
                            unsure ? Severity.INFO : Severity.WARNING, d.setting()
                            + " turns on the Flask app's debug mode in production (" + l.server().label()
                            + " serves it): errors propagate with full tracebacks; remove it from production"));
                } else {
                    reporter.report(l.where().file(), l.where().span(), unsure ? Severity.INFO : Severity.WARNING,
                            message(l));
                }
            }
        }
    }

    /** A server of {@code rules/data/dev-servers.yaml}, maybe started through a package.json script. */
    private static String tableMessage(Launch l, DevServer d) {
        String what = l.via().map(s -> s.invocation() + " runs `" + s.command() + "` (a package.json script), which "
                + d.what()).orElse(d.label() + " " + d.what());
        return what + ", not meant for production; " + d.production();
    }

    private static String message(Launch l) {
        String framework = switch (l.server()) {
            case DJANGO_RUNSERVER -> "Django";
            default -> "Flask";
        };
        int port = l.listens().stream().map(Listen::port).filter(p -> p.isPresent()).findFirst()
                .map(p -> p.getAsInt()).orElse(8000);
        String app = framework.equals("Django") ? "PROJECT.wsgi" : "app:app";
        if (l.server() == Server.SOCKETIO_WERKZEUG) {
            return l.server().label() + " (allow_unsafe_werkzeug=True) is Flask's development server, not meant for"
                    + " production; install eventlet or gevent, which socketio.run() then serves with, or run"
                    + " gunicorn with one of their workers (e.g. `gunicorn -k eventlet -w 1 --bind 0.0.0.0:" + port
                    + " " + app + "`)";
        }
        return l.server().label() + " is " + framework + "'s development server, not meant for production; serve the"
                + " app with gunicorn (e.g. `gunicorn --bind 0.0.0.0:" + port + " " + app + "`)";
    }
}
