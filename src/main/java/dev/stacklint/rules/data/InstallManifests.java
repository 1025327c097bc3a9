package dev.stacklint.rules.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What each dependency installer reads from the build context: {@code rules/data/install-manifests.yaml}. */
public final class InstallManifests {
    private static final String TABLE = "install-manifests.yaml";
    private static Map<String, Manager> builtin;

    /**
     * @param manifest the file the install cannot do without; empty for pip (the command names it)
     * @param optional lock and configuration files, copied when present
     * @param blockers files or folders whose presence means the install reads more of the project
     * @param local    patterns on the manifest's text that mean the same
     * @param prepare  options that make the install work from the manifests alone (none: it already does)
     */
    public record Manager(String name, Optional<String> manifest, List<String> optional, List<String> blockers,
                          List<Pattern> local, List<String> prepare) {
        /** True when the manifest's text names something outside the manifests. */
        public boolean readsMore(String manifestText) {
            return local.stream().anyMatch(p -> p.matcher(manifestText).find());
        }
    }

    private InstallManifests() {
    }

    /** The installer called {@code name} ({@code npm}, {@code poetry}...), if the table knows it. */
    public static synchronized Optional<Manager> find(String name) {
        if (builtin == null) {
            builtin = YamlData.load(TABLE, "managers").stream()
                    .map(e -> new Manager(YamlData.string(e, "manager"), YamlData.optional(e, "manifest"),
                            YamlData.strings(e, "optional"), YamlData.strings(e, "blockers"),
                            YamlData.strings(e, "local").stream().map(r -> Pattern.compile(r, Pattern.MULTILINE)).toList(),
                            YamlData.strings(e, "prepare")))
                    .collect(Collectors.toUnmodifiableMap(Manager::name, Function.identity()));
        }
        return Optional.ofNullable(builtin.get(name));
    }
}
