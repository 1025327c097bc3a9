package dev.stacklint.rules.stack;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Resource;
import dev.stacklint.compose.Service;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The host names a Compose service can reach through Docker's DNS: the services on a network it shares (their names,
 * {@code container_name}s and network {@code aliases}), its {@code links} aliases and {@code extra_hosts}. Empty
 * when the service's names cannot be known here: it joins an external network (other projects' containers),
 * shares another network namespace ({@code network_mode}), or the files its project is combined with are not all
 * known here.
 */
final class ComposeHosts {
    private final Map<String, Container> reachable;
    private final Set<String> elsewhere;
    private final Set<String> other;

    private ComposeHosts(Map<String, Container> reachable, Set<String> elsewhere, Set<String> other) {
        this.reachable = reachable;
        this.elsewhere = elsewhere;
        this.other = other;
    }

    static Optional<ComposeHosts> of(Stack stack, Container from) {
        if (stack.compose().isEmpty() || from.service().isEmpty()) {
            return Optional.empty();
        }
        ComposeProject project = stack.compose().get();
        Service self = from.service().get();
        if (self.isolation().networkMode().isPresent() || !self.externalLinks().isEmpty()
                || project.companions().open()) {
            return Optional.empty();
        }
        Set<String> mine = networks(self);
        for (String n : mine) {
            Resource r = project.networks().get(n);
            if ((r != null && r.external()) || (r == null && !n.equals("default"))) {
                return Optional.empty(); // containers of other projects may be on it
            }
        }
        Map<String, Container> reachable = new HashMap<>();
        Set<String> elsewhere = new HashSet<>();
        Set<String> other = new HashSet<>(project.companions().services());
        for (Container c : stack.containers()) {
            if (c.service().isEmpty()) {
                continue;
            }
            Service s = c.service().get();
            Set<String> shared = new HashSet<>(networks(s));
            shared.retainAll(mine);
            boolean sharesNamespace = s.isolation().networkMode().filter(m -> m.value().startsWith("service:"))
                    .isPresent();
            if (shared.isEmpty() || sharesNamespace) {
                elsewhere.add(lower(s.name().value()));
                s.containerName().ifPresent(n -> elsewhere.add(lower(n.value())));
                continue;
            }
            reachable.put(lower(s.name().value()), c);
            s.containerName().ifPresent(n -> reachable.put(lower(n.value()), c));
            for (String network : shared) {
                s.networkAliases(network).forEach(a -> reachable.put(lower(a.value()), c));
            }
        }
        for (String link : self.links().stream().map(Located::value).toList()) {
            int colon = link.indexOf(':');
            Container target = reachable.get(lower(colon < 0 ? link : link.substring(0, colon)));
            String alias = lower(colon < 0 ? link : link.substring(colon + 1));
            if (target != null) {
                reachable.putIfAbsent(alias, target);
            } else {
                other.add(alias);
            }
        }
        self.extraHosts().forEach(h -> other.add(lower(h.name().value())));
        return Optional.of(new ComposeHosts(reachable, elsewhere, other));
    }

    /** The container a host name reaches, if it is one of the project's on a shared network. */
    Optional<Container> container(String host) {
        return Optional.ofNullable(reachable.get(host));
    }

    /** A service of the project that is on no network the service shares. */
    boolean onAnotherNetwork(String host) {
        return elsewhere.contains(host) && !reachable.containsKey(host);
    }

    /** A name the service reaches by other means (extra_hosts, a companion file's service, a link to one). */
    boolean otherwiseKnown(String host) {
        return other.contains(host);
    }

    /** The service names reachable, for a message. */
    List<String> names(Container from) {
        return reachable.entrySet().stream().filter(e -> e.getValue() != from
                        && e.getValue().service().map(s -> lower(s.name().value()).equals(e.getKey())).orElse(false))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static Set<String> networks(Service s) {
        Set<String> out = new LinkedHashSet<>();
        s.networks().forEach(n -> out.add(n.value()));
        if (out.isEmpty()) {
            out.add("default");
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
