package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What each dependency installer reads from the build context: {@code rules/data/install-manifests.yaml}. */
public final class InstallManifests {
    private static final Lazy<Map<String, Manager>> BUILTIN = DataTable.lazy("install-manifests.yaml",
            t -> t.list("managers").stream()
                    .map(e -> new Manager(DataTable.string(e, "manager"), DataTable.optional(e, "manifest"),
                            DataTable.strings(e, "optional"), DataTable.strings(e, "blockers"),
                            DataTable.strings(e, "local").stream().map(r -> Pattern.compile(r, Pattern.MULTILINE)).toList(),
                            DataTable.strings(e, "prepare")))
                    .collect(Collectors.toUnmodifiableMap(Manager::name, Function.identity())));

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
    public static Optional<Manager> find(String name) {
        return Optional.ofNullable(BUILTIN.get().get(name));
    }
}
