package dev.stacklint.rules.stack;

import dev.stacklint.nginx.Statement;
import dev.stacklint.nginx.Word;
import dev.stacklint.project.NginxConfig;
import dev.stacklint.source.Origin;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One place nginx sends requests to a backend: a {@code proxy_pass}, {@code uwsgi_pass}, {@code fastcgi_pass} or
 * {@code grpc_pass} naming {@code host[:port]}, or a {@code server} entry of an {@code upstream} block (with the
 * protocol of the directives that use the upstream).
 *
 * @param statement   the directive
 * @param around      the blocks around it, outermost first
 * @param host        the host name as written (lower case)
 * @param hostAt      where the host is written
 * @param port        the port, written or the protocol's default; empty when neither is known
 * @param portAt      where the port is written, else the host
 * @param protocols   what nginx speaks to it
 */
record NginxPass(Statement statement, List<Statement.Block> around, String host, Origin hostAt, OptionalInt port,
                 Origin portAt, Set<Protocol> protocols) {

    enum Protocol {
        HTTP("HTTP"), UWSGI("the uwsgi protocol"), FASTCGI("FastCGI"), GRPC("gRPC");

        final String label;

        Protocol(String label) {
            this.label = label;
        }
    }

    private static final Map<String, Protocol> PASSES = Map.of("proxy_pass", Protocol.HTTP, "uwsgi_pass",
            Protocol.UWSGI, "fastcgi_pass", Protocol.FASTCGI, "grpc_pass", Protocol.GRPC);
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:(?<scheme>[a-z]+)://)?(?<host>[A-Za-z0-9_.-]+)(?::(?<port>\\d{1,5}))?(?<rest>[/?].*)?");

    /**
     * A {@code proxy_pass} with the hosts it reaches: its own, or its upstream's servers.
     *
     * @param statement the {@code proxy_pass}
     * @param around    the blocks around it
     * @param hosts     the literal hosts (lower case)
     */
    record Proxy(Statement statement, List<Statement.Block> around, List<String> hosts) {
    }

    /** Every {@code proxy_pass} with a literal address or an upstream name. */
    static List<Proxy> proxies(NginxConfig config) {
        Map<String, List<String>> upstreamHosts = new HashMap<>();
        config.walk((s, around) -> {
            if (s instanceof Statement.Directive d && d.keyword().equals("server") && !d.args().isEmpty()
                    && !around.isEmpty() && around.get(around.size() - 1).keyword().equals("upstream")) {
                Matcher m = ADDRESS.matcher(d.args().get(0).value());
                around.get(around.size() - 1).arg(0).ifPresent(name -> {
                    if (m.matches() && !d.args().get(0).variable()) {
                        upstreamHosts.computeIfAbsent(name.value(), k -> new ArrayList<>())
                                .add(m.group("host").toLowerCase(Locale.ROOT));
                    }
                });
            }
        });
        List<Proxy> out = new ArrayList<>();
        config.walk((s, around) -> {
            if (!s.keyword().equals("proxy_pass") || !isPass(s) || s.args().isEmpty() || s.args().get(0).variable()) {
                return;
            }
            Matcher m = ADDRESS.matcher(s.args().get(0).value());
            if (m.matches()) {
                String host = m.group("host");
                out.add(new Proxy(s, around, upstreamHosts.getOrDefault(host, List.of(host.toLowerCase(Locale.ROOT)))));
            }
        });
        return out;
    }

    /** The directive's name when it is one of the four passes. */
    static boolean isPass(Statement s) {
        return s instanceof Statement.Directive && PASSES.containsKey(s.keyword());
    }

    /** Every literal backend address of a configuration; upstream names, variables and unix sockets are left out. */
    static List<NginxPass> all(NginxConfig config) {
        Set<String> upstreams = config.upstreams();
        Map<String, Set<Protocol>> upstreamUse = new HashMap<>();
        List<NginxPass> out = new ArrayList<>();
        config.walk((s, around) -> {
            if (!isPass(s) || s.args().isEmpty()) {
                return;
            }
            Protocol protocol = PASSES.get(s.keyword());
            Word w = s.args().get(0);
            parse(s, around, w, protocol, upstreams, upstreamUse).ifPresent(out::add);
        });
        config.walk((s, around) -> {
            if (s instanceof Statement.Directive d && d.keyword().equals("server") && !d.args().isEmpty()
                    && !around.isEmpty() && around.get(around.size() - 1).keyword().equals("upstream")) {
                Statement.Block up = around.get(around.size() - 1);
                String name = up.arg(0).map(Word::value).orElse("");
                Set<Protocol> used = upstreamUse.getOrDefault(name, Set.of());
                address(d, around, d.args().get(0), used.size() == 1 && used.contains(Protocol.HTTP)
                        ? OptionalInt.of(80) : OptionalInt.empty(), used).ifPresent(out::add);
            }
        });
        return out;
    }

    private static Optional<NginxPass> parse(Statement s, List<Statement.Block> around, Word w, Protocol protocol,
                                             Set<String> upstreams, Map<String, Set<Protocol>> upstreamUse) {
        String v = w.value();
        if (w.variable() || v.startsWith("unix:")) {
            return Optional.empty();
        }
        Matcher m = ADDRESS.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group("host");
        if (upstreams.contains(host)) {
            upstreamUse.computeIfAbsent(host, k -> new LinkedHashSet<>()).add(protocol);
            return Optional.empty();
        }
        String scheme = Optional.ofNullable(m.group("scheme")).orElse("");
        OptionalInt byDefault = switch (scheme) {
            case "http" -> OptionalInt.of(80);
            case "https" -> OptionalInt.of(443);
            default -> OptionalInt.empty();
        };
        return address(s, around, w, byDefault, Set.of(protocol));
    }

    /** {@code [scheme://]host[:port][/uri]} of one word, positioned inside it when it is written plainly. */
    private static Optional<NginxPass> address(Statement s, List<Statement.Block> around, Word w,
                                               OptionalInt defaultPort, Set<Protocol> protocols) {
        Matcher m = ADDRESS.matcher(w.value());
        if (w.variable() || !m.matches()) {
            return Optional.empty();
        }
        boolean plain = !w.quoted() && w.origin().span().length() == w.value().length();
        int base = w.origin().span().start();
        Origin hostAt = plain ? new Origin(w.origin().file(), new Span(base + m.start("host"), base + m.end("host")))
                : w.origin();
        OptionalInt port = m.group("port") != null ? OptionalInt.of(Integer.parseInt(m.group("port"))) : defaultPort;
        Origin portAt = m.group("port") != null && plain
                ? new Origin(w.origin().file(), new Span(base + m.start("port"), base + m.end("port"))) : hostAt;
        return Optional.of(new NginxPass(s, around, m.group("host").toLowerCase(Locale.ROOT), hostAt, port, portAt,
                protocols));
    }

    /**
     * A host that is not a Compose name: a dotted name or IP address (outside the project), {@code localhost} and the
     * loopback addresses (the same container).
     */
    boolean external() {
        return external(host);
    }

    static boolean external(String host) {
        return host.contains(".") || host.equals("localhost") || host.matches("[0-9]+");
    }

    /** The directive as people name it: {@code proxy_pass}, or {@code upstream app} for an upstream server. */
    String describe() {
        if (statement.keyword().equals("server")) {
            return "`upstream " + around.get(around.size() - 1).arg(0).map(Word::value).orElse("") + "` server";
        }
        return "`" + statement.keyword() + "`";
    }
}
