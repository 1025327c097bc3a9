package dev.stacklint.rules.data;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a dclint configuration's rule options ({@code [level, {options}]} in {@code .dclintrc}) tell the style rules.
 *
 * @param containerName   the pattern every {@code container_name} must match (SL279); Docker's own by default
 * @param checkPullPolicy true when a {@code pull_policy} of {@code build} or {@code never} allows {@code build} beside
 *                        {@code image} (SL271)
 * @param portQuote       the quote ports must be written in ({@code '} or {@code "}); empty: any quote (SL272)
 * @param topLevelOrder   the order of top-level keys, {@code x-properties} standing for every {@code x-} key (SL276)
 * @param serviceKeyOrder the groups of service keys, in order; keys in no group come last, alphabetically (SL275)
 */
public record StyleOptions(Pattern containerName, boolean checkPullPolicy, Optional<Character> portQuote,
                           List<String> topLevelOrder, List<List<String>> serviceKeyOrder) {
    /** Docker's rule for container names: {@code docker create} refuses any other. */
    public static final Pattern DOCKER_CONTAINER_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    public static final List<String> TOP_LEVEL_ORDER = List.of("x-properties", "version", "name", "include",
            "services", "networks", "volumes", "secrets", "configs");
    /** dclint's groups: core, dependencies, data, environment, network, runtime, metadata, security. */
    public static final List<List<String>> SERVICE_KEY_ORDER = List.of(List.of("image", "build", "container_name"),
            List.of("depends_on"), List.of("volumes", "volumes_from", "configs", "secrets"),
            List.of("environment", "env_file"), List.of("ports", "networks", "network_mode", "extra_hosts"),
            List.of("command", "entrypoint", "working_dir", "restart", "healthcheck"), List.of("logging", "labels"),
            List.of("user", "isolation"));
    public static final StyleOptions DEFAULT = new StyleOptions(DOCKER_CONTAINER_NAME, true, Optional.empty(),
            TOP_LEVEL_ORDER, SERVICE_KEY_ORDER);

    public StyleOptions {
        topLevelOrder = List.copyOf(topLevelOrder);
        serviceKeyOrder = serviceKeyOrder.stream().map(List::copyOf).toList();
    }
}
