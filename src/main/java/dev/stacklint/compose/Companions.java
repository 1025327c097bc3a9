package dev.stacklint.compose;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the Compose files a project is meant to be combined with declare, by name: the folder's main project for an
 * add-on file linted alone ({@code docker-compose-inits.yml} is used as {@code -f docker-compose.yml -f
 * docker-compose-inits.yml}), or the example override a main file expects to be copied beside it
 * ({@code compose.override.yaml.example}). A reference to one of these names is not dangling.
 */
public record Companions(Set<String> services, Set<String> volumes, Set<String> networks, Set<String> secrets,
                         Set<String> configs) {
    public static final Companions NONE = new Companions(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public Companions {
        services = Set.copyOf(services);
        volumes = Set.copyOf(volumes);
        networks = Set.copyOf(networks);
        secrets = Set.copyOf(secrets);
        configs = Set.copyOf(configs);
    }

    /** The names {@code project} declares, added to these. */
    public Companions plus(ComposeProject project) {
        return new Companions(union(services, project.services()), union(volumes, project.volumes()),
                union(networks, project.networks()), union(secrets, project.secrets()),
                union(configs, project.configs()));
    }

    private static Set<String> union(Set<String> names, Map<String, ?> more) {
        Set<String> all = new HashSet<>(names);
        all.addAll(more.keySet());
        return all;
    }
}
