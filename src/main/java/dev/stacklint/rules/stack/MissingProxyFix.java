package dev.stacklint.rules.stack;

import dev.stacklint.nginx.Statement;
import dev.stacklint.nginx.Word;
import dev.stacklint.project.Container;
import dev.stacklint.project.NginxConfig;
import dev.stacklint.project.Stack;
import dev.stacklint.project.command.Launch;
import dev.stacklint.project.command.ProxyTrust;
import dev.stacklint.project.command.Server;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SL313: behind nginx, the app cannot learn the client's address and scheme. Either nginx does not send them
 * ({@code proxy_set_header X-Forwarded-For}/{@code X-Forwarded-Proto}), or the app server trusts no forwarded
 * headers from another container (no {@code ProxyFix}, no {@code --forwarded-allow-ips}).
 */
public final class MissingProxyFix implements StackRule {
    static final RuleMeta META = new RuleMeta("SL313", "missing-proxy-fix", Severity.WARNING,
            "An app behind nginx trusts no forwarded headers, or nginx sends no X-Forwarded-For/-Proto.");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        Set<Launch> reported = new HashSet<>();
        for (Container c : stack.containers()) {
            if (c.nginx().isEmpty()) {
                continue;
            }
            Optional<ComposeHosts> hosts = ComposeHosts.of(stack, c);
            for (NginxPass.Proxy proxy : NginxPass.proxies(c.nginx().get())) {
                Optional<Container> target = proxy.hosts().stream().filter(h -> !NginxPass.external(h))
                        .flatMap(h -> hosts.flatMap(x -> x.container(h)).stream()).findFirst();
                if (target.isEmpty() || target.get() == c || !target.get().command().runs(Server.Role.APP)) {
                    continue;
                }
                boolean tls = terminatesTls(proxy.around());
                Origin at = proxy.statement().name().origin();
                headers(c.nginx().get(), proxy, tls, target.get().name())
                        .ifPresent(m -> reporter.report(at.file(), at.span(), tls ? Severity.WARNING : Severity.INFO, m));
                for (Launch l : target.get().command().launches()) {
                    if ((l.proxyTrust() == ProxyTrust.NONE || l.proxyTrust() == ProxyTrust.DJANGO_NONE) && !l.conditional() && reported.add(l)) {
                        reporter.report(l.where().file(), l.where().span(), tls ? Severity.WARNING : Severity.INFO,
                                untrusted(l, target.get().name(), tls), List.of(RelatedLocation.at(at,
                                        "nginx proxies to `" + target.get().name() + "` here")));
                    }
                }
            }
        }
    }

    private static String untrusted(Launch l, String service, boolean tls) {
        String effect = tls ? "request.remote_addr is nginx's address and the app sees http, not https"
                + " (url_for(_external=True), redirects and secure cookies go wrong)"
                : "request.remote_addr is nginx's address, not the client's";
        if (l.server() == Server.UVICORN) {
            return "`" + service + "` runs behind nginx, but uvicorn trusts forwarded headers only from 127.0.0.1: "
                    + effect + "; pass `--forwarded-allow-ips` with nginx's address (or `*` on a private network)";
        }
        if (l.proxyTrust() == ProxyTrust.DJANGO_NONE) {
            return "`" + service + "` runs behind nginx, but neither gunicorn (`--forwarded-allow-ips`) nor Django's"
                    + " settings (`SECURE_PROXY_SSL_HEADER`) trust its forwarded headers: " + (tls
                    ? "Django believes it is served over http, not https (request.is_secure(), build_absolute_uri(),"
                    + " SECURE_SSL_REDIRECT and secure cookies go wrong)"
                    : "request.is_secure() and build_absolute_uri() see nginx's scheme, not the client's")
                    + "; set `SECURE_PROXY_SSL_HEADER = (\"HTTP_X_FORWARDED_PROTO\", \"https\")` in the settings";
        }
        return "`" + service + "` runs behind nginx, but neither gunicorn (`--forwarded-allow-ips`) nor the Flask app"
                + " (`ProxyFix`) trusts its forwarded headers: " + effect + "; wrap the app:"
                + " `app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)`";
    }

    /**
     * The headers nginx sends with this pass are the {@code proxy_set_header}s of the innermost level that has any;
     * what is missing of {@code X-Forwarded-For} (always wanted) and {@code X-Forwarded-Proto} (wanted where the
     * server terminates TLS). Unknown when an include nginx reads from elsewhere may set them.
     */
    private static Optional<String> headers(NginxConfig config, NginxPass.Proxy pass, boolean tls, String service) {
        List<List<Statement>> levels = new ArrayList<>();
        for (Statement.Block b : pass.around()) {
            levels.add(b.body());
        }
        levels.add(0, config.statements());
        for (int i = levels.size() - 1; i >= 0; i--) {
            List<Statement> level = levels.get(i);
            if (level.stream().anyMatch(NginxConfig::opaque)) {
                return Optional.empty();
            }
            Set<String> set = new HashSet<>();
            for (Statement s : level) {
                if (s.keyword().equals("proxy_set_header")) {
                    s.arg(0).map(Word::value).map(v -> v.toLowerCase(Locale.ROOT)).ifPresent(set::add);
                }
            }
            if (!set.isEmpty() || i == 0) {
                if (set.contains("forwarded")) {
                    return Optional.empty();
                }
                List<String> missing = new ArrayList<>();
                if (!set.contains("x-forwarded-for")) {
                    missing.add("`proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`");
                }
                if (tls && !set.contains("x-forwarded-proto")) {
                    missing.add("`proxy_set_header X-Forwarded-Proto $scheme;`");
                }
                if (missing.isEmpty()) {
                    return Optional.empty();
                }
                boolean noFor = !set.contains("x-forwarded-for");
                boolean noProto = missing.size() == 2 || !noFor;
                String effect = noFor && noProto ? "nginx's address and http instead of https"
                        : noFor ? "nginx's address instead of the client's" : "http instead of https";
                return Optional.of("`proxy_pass` to `" + service + "` sends no " + (noFor && noProto
                        ? "X-Forwarded-For or X-Forwarded-Proto" : noFor ? "X-Forwarded-For" : "X-Forwarded-Proto")
                        + " header: the app sees " + effect + "; add " + String.join(" and ", missing));
            }
        }
        return Optional.empty();
    }

    /** The server block around the pass listens with TLS ({@code listen 443 ssl}, {@code ssl_certificate}). */
    static boolean terminatesTls(List<Statement.Block> around) {
        for (Statement.Block b : around) {
            if (!b.keyword().equals("server")) {
                continue;
            }
            for (Statement s : b.body()) {
                if ((s.keyword().equals("listen") && s.args().stream().anyMatch(a -> a.value().equals("ssl")))
                        || s.keyword().equals("ssl_certificate")) {
                    return true;
                }
            }
        }
        return false;
    }
}
