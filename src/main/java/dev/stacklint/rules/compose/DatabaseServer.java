package dev.stacklint.rules.compose;

import dev.stacklint.compose.Command;
import dev.stacklint.compose.Service;
import dev.stacklint.dockerfile.ShellCommands;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.project.Container;
import dev.stacklint.rules.data.DatabaseImages;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The database a container runs as a server. A service on a database image whose Compose command runs only a
 * client tool (a seed job with {@code mongoimport}, a backup with {@code pg_dump}) or a monitor
 * ({@code redis-sentinel}) keeps no data and serves no database connections, so the database rules leave it alone.
 */
public final class DatabaseServer {
    private static final Set<String> CLIENT_TOOLS = Set.of(
            "mongoimport", "mongorestore", "mongodump", "mongoexport", "mongosh", "mongo",
            "psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_basebackup", "pg_isready",
            "mysql", "mysqldump", "mysqladmin", "mariadb", "mariadb-dump", "mariadb-admin",
            "redis-cli", "valkey-cli", "cqlsh", "influx", "clickhouse-client", "cypher-shell", "elasticdump",
            // Sentinel watches the Redis servers and fails them over; it keeps no data of its own
            "redis-sentinel", "valkey-sentinel",
            // a data-only container (`command: /bin/true`, used through volumes_from) runs nothing
            "true");
    private static final Set<String> SERVERS = Set.of(
            "mongod", "postgres", "mysqld", "mariadbd", "redis-server", "valkey-server", "docker-entrypoint.sh", "memcached",
            "cassandra", "influxd", "clickhouse-server", "neo4j", "elasticsearch");

    private DatabaseServer() {
    }

    public static Optional<DatabaseImages.Entry> of(Container c, DatabaseImages databases) {
        if (c.service().map(DatabaseServer::runsOnlyAClient).orElse(false)) {
            return Optional.empty();
        }
        return c.runImage().flatMap(databases::find);
    }

    /** The command names a client tool and no server program ({@code sh -c} scripts included). */
    static boolean runsOnlyAClient(Service s) {
        // entrypoint + command is the command line Docker runs; quoting each word keeps it one word
        String line = Stream.concat(s.entrypoint().stream(), s.command().stream())
                .map(Command::words).flatMap(List::stream)
                .map(w -> "'" + w.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
        Set<String> words = ShellCommands.parse(line, 0).stream()
                .flatMap(c -> c.words().stream()).map(ShellWord::value)
                .map(w -> w.substring(w.lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        return words.stream().anyMatch(CLIENT_TOOLS::contains) && words.stream().noneMatch(SERVERS::contains);
    }
}
