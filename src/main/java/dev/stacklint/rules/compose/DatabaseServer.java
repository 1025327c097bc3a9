package dev.stacklint.rules.compose;

import dev.stacklint.compose.Command;
import dev.stacklint.compose.Service;
import dev.stacklint.project.Container;
import dev.stacklint.rules.data.DatabaseImages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The database a container runs as a server. A service on a database image whose Compose command runs only a
 * client tool (a seed job with {@code mongoimport}, a backup with {@code pg_dump}) keeps no data and serves no
 * connections, so the database rules leave it alone.
 */
final class DatabaseServer {
    private static final Set<String> CLIENT_TOOLS = Set.of(
            "mongoimport", "mongorestore", "mongodump", "mongoexport", "mongosh", "mongo",
            "psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_basebackup", "pg_isready",
            "mysql", "mysqldump", "mysqladmin", "mariadb", "mariadb-dump", "mariadb-admin",
            "redis-cli", "valkey-cli", "cqlsh", "influx", "clickhouse-client", "cypher-shell", "elasticdump");
    private static final Set<String> SERVERS = Set.of(
            "mongod", "postgres", "mysqld", "mariadbd", "redis-server", "valkey-server", "docker-entrypoint.sh",
            "cassandra", "influxd", "clickhouse-server", "neo4j", "elasticsearch");

    private DatabaseServer() {
    }

    static Optional<DatabaseImages.Entry> of(Container c, DatabaseImages databases) {
        if (c.service().map(DatabaseServer::runsOnlyAClient).orElse(false)) {
            return Optional.empty();
        }
        return c.runImage().flatMap(databases::find);
    }

    /** The command names a client tool and no server program (scripts under {@code sh -c} included). */
    private static boolean runsOnlyAClient(Service s) {
        Set<String> programs = Stream.concat(s.entrypoint().stream(), s.command().stream())
                .map(Command::words).flatMap(List::stream)
                .flatMap(w -> Arrays.stream(w.split("[\\s;&|()]+")))
                .map(w -> w.substring(w.lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        return programs.stream().anyMatch(CLIENT_TOOLS::contains) && programs.stream().noneMatch(SERVERS::contains);
    }
}
