package dev.stacklint.rules.stack;

import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One request route of a Compose project's nginx: the container nginx runs in, the host names it can reach on the
 * Compose networks, and the {@code proxy_pass}-like statement. Containers whose reachable names are not known give none.
 */
record RoutedPass(Container nginx, ComposeHosts hosts, NginxPass pass) {

    static List<RoutedPass> all(Stack stack) {
        List<RoutedPass> routes = new ArrayList<>();
        for (Container c : stack.containers()) {
            if (c.nginx().isEmpty()) {
                continue;
            }
            Optional<ComposeHosts> hosts = ComposeHosts.of(stack, c);
            if (hosts.isPresent()) {
                NginxPass.all(c.nginx().get()).forEach(p -> routes.add(new RoutedPass(c, hosts.get(), p)));
            }
        }
        return routes;
    }
}
