package dev.stacklint.compose;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the Compose files a project is meant to be combined with declare, by name: the folder's main project for an
 * add-on file linted alone ({@code docker-compose-inits.yml} is used as {@code -f docker-compose.yml -f
 * docker-compose-inits.yml}), the add-ons used beside it, the example override a main file expects to be copied
 * beside it ({@code compose.override.yaml.example}), or the project that includes a fragment and the other files it
 * includes. A reference to one of these names is not dangling.
 *
 * @param combined true when the project is meant to be combined with other files (even ones that declare nothing)
 * @param open     true when those files may declare names not known here (a fragment included through a path whose
 *                 variables the fragment's own path does not tell): then no name can be called undefined
 * @param base     true when the project is a main file its add-ons complete (they give a service it leaves without
 *                 image and build one), so that what they say of a service they define too is laid over it
 */
public record Companions(Set<String> services, Set<String> volumes, Set<String> networks, Set<String> secrets,
                         Set<String> configs, boolean combined, boolean open, boolean base) {
    public static final Companions NONE = new Companions(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false, false,
            false);

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
                union(configs, project.configs()), true, open, base);
    }

    /** These, combined with files that are not known here. */
    public Companions plusUnknown() {
        return new Companions(services, volumes, networks, secrets, configs, true, true, base);
    }

    /** These, for a main file the add-ons among them complete. */
    public Companions asBase() {
        return new Companions(services, volumes, networks, secrets, configs, combined, open, true);
    }

    /** True when an add-on laid over this base defines the service too: it may set what the base leaves out. */
    public boolean completedByAddOn(String service) {
        return base && service(service);
    }

    public boolean service(String name) {
        return open || services.contains(name);
    }

    public boolean volume(String name) {
        return open || volumes.contains(name);
    }

    public boolean network(String name) {
        return open || networks.contains(name);
    }

    public boolean secret(String name) {
        return open || secrets.contains(name);
    }

    public boolean config(String name) {
        return open || configs.contains(name);
    }

    private static Set<String> union(Set<String> names, Map<String, ?> more) {
        Set<String> all = new HashSet<>(names);
        all.addAll(more.keySet());
        return all;
    }
}
