package dev.stacklint.project.command;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The development servers of {@code rules/data/dev-servers.yaml}, read on first use. The table sits with the rules'
 * tables but is read here because the command model, below the rules, recognises the servers.
 */
public final class DevServers {
    private static final Lazy<List<DevServer>> BUILTIN = DataTable.lazy("dev-servers.yaml",
            t -> t.list("servers").stream().map(DevServers::entry).toList());

    private DevServers() {
    }

    public static List<DevServer> builtin() {
        return BUILTIN.get();
    }

    /** The first server the command {@code program args...} starts, if it is one of the table's. */
    static Optional<DevServer> match(String program, List<String> args) {
        return builtin().stream().filter(s -> s.matches(program, args)).findFirst();
    }

    private static DevServer entry(Map<String, Object> e) {
        return new DevServer(DataTable.string(e, "label"), DataTable.string(e, "what"), DataTable.string(e, "production"),
                DataTable.strings(e, "programs"), DataTable.strings(e, "commands"), DataTable.strings(e, "except"),
                DataTable.strings(e, "options"), Map.copyOf(DataTable.stringMap(e, "option_values")),
                DataTable.strings(e, "anywhere"));
    }
}
