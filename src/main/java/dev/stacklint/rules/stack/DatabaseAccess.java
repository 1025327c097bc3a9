package dev.stacklint.rules.stack;

import dev.stacklint.project.BuiltImage;
import dev.stacklint.rules.data.DatabaseImages;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a database container takes connections without a password, judged only where the image's documented
 * settings prove it: a setting that turns authentication off ({@code POSTGRES_HOST_AUTH_METHOD: trust}), or a
 * server that has none unless its command line or a mounted configuration file gives one (Redis, MongoDB, Memcached,
 * Cassandra).
 * Whatever the linter cannot see (an {@code env_file} it could not read, a custom entrypoint, a built image's own
 * command, a mounted configuration file) counts as a password.
 */
final class DatabaseAccess {
    /** Programs that start the server itself (the image's entrypoint script included). */
    private static final Set<String> SERVERS = Set.of("redis-server", "valkey-server", "keydb-server",
            "redis-stack-server", "mongod", "memcached", "cassandra", "docker-entrypoint.sh");
    /** Command-line text that gives Redis or Valkey a password, ACL users or a configuration file. */
    private static final List<String> REDIS_AUTH = List.of("requirepass", "aclfile", "--user ", ".conf", "include ",
            "protected-mode yes");
    private static final List<String> MONGO_AUTH = List.of("--auth", "--keyfile", "--config", "-f ",
            "--transitiontoauth", ".conf");

    private DatabaseAccess() {
    }

    /**
     * Why the database takes connections without a password, or empty when it asks for one (or may).
     *
     * @param image the image the container runs ({@code bitnami/redis:7}), for the image family's settings
     */
    static Optional<String> withoutPassword(ContainerSettings s, DatabaseImages.Entry db, String image) {
        if (image.contains("bitnami/")) {
            return s.isTrue("ALLOW_EMPTY_PASSWORD")
                    ? Optional.of("`ALLOW_EMPTY_PASSWORD` lets anyone connect without a password") : Optional.empty();
        }
        return switch (db.product()) {
            case "PostgreSQL" -> s.value("POSTGRES_HOST_AUTH_METHOD").filter(v -> v.trim().equalsIgnoreCase("trust"))
                    .map(v -> "`POSTGRES_HOST_AUTH_METHOD: trust` lets anyone connect without a password");
            case "MySQL" -> emptyRoot(s, List.of("MYSQL_ALLOW_EMPTY_PASSWORD"), List.of("MYSQL_ROOT_PASSWORD",
                    "MYSQL_ROOT_PASSWORD_FILE", "MYSQL_RANDOM_ROOT_PASSWORD"));
            case "MariaDB" -> emptyRoot(s, List.of("MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD"),
                    List.of("MARIADB_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD_FILE", "MARIADB_ROOT_PASSWORD_HASH",
                            "MARIADB_RANDOM_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD_FILE",
                            "MYSQL_RANDOM_ROOT_PASSWORD"));
            case "MongoDB" -> mongo(s);
            case "Redis", "Valkey" -> redis(s, db.product());
            case "Memcached" -> startsPlainly(s) && s.commandWords().stream().noneMatch(w -> w.equals("-s")
                    || w.startsWith("--enable-sasl"))
                    ? Optional.of("Memcached has no authentication") : Optional.empty();
            // the image keeps Cassandra's default AllowAllAuthenticator; only a mounted cassandra.yaml changes it
            case "Cassandra" -> startsPlainly(s) && !configMounted(s)
                    ? Optional.of("Cassandra's default authenticator lets anyone in") : Optional.empty();
            case "Neo4j" -> s.value("NEO4J_AUTH").filter(v -> v.trim().equalsIgnoreCase("none"))
                    .map(v -> "`NEO4J_AUTH: none` turns authentication off");
            default -> Optional.empty();
        };
    }

    /** MySQL and MariaDB: an empty root password is allowed and no root password is given. */
    private static Optional<String> emptyRoot(ContainerSettings s, List<String> allow, List<String> passwords) {
        Optional<String> allowing = allow.stream().filter(s::isTrue).findFirst();
        if (allowing.isEmpty() || passwords.stream().anyMatch(s::maybeSet)) {
            return Optional.empty();
        }
        return Optional.of("`" + allowing.get() + "` with no root password lets anyone log in as root");
    }

    /** MongoDB turns authentication on only when the image creates a root user, or the command line asks. */
    private static Optional<String> mongo(ContainerSettings s) {
        if (List.of("MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_USERNAME_FILE", "MONGO_INITDB_ROOT_PASSWORD",
                "MONGO_INITDB_ROOT_PASSWORD_FILE").stream().anyMatch(s::maybeSet) || !startsPlainly(s)
                || mentions(s, MONGO_AUTH) || configMounted(s)) {
            return Optional.empty();
        }
        return Optional.of("with no `MONGO_INITDB_ROOT_USERNAME`/`MONGO_INITDB_ROOT_PASSWORD` MongoDB runs without"
                + " authentication");
    }

    /** Redis and Valkey have no password unless the command line or a configuration file sets one. */
    private static Optional<String> redis(ContainerSettings s, String product) {
        boolean passwordVariable = s.names().stream().anyMatch(n -> n.contains("PASS"))
                || s.names().stream().anyMatch(n -> s.value(n).filter(v -> v.contains("requirepass")).isPresent());
        if (!startsPlainly(s) || mentions(s, REDIS_AUTH) || configMounted(s) || passwordVariable) {
            return Optional.empty();
        }
        return Optional.of(product + " runs without `requirepass`, so it takes every connection without a password");
    }

    /**
     * The server starts as the image starts it: no built image with a command of its own, no Compose
     * {@code entrypoint}, and a {@code command} that runs the server (or only gives it flags), so that the linter
     * sees its whole command line.
     */
    private static boolean startsPlainly(ContainerSettings s) {
        if (s.container().image().map(BuiltImage::hasOwnCommand).orElse(false)
                || s.service().entrypoint().isPresent()) {
            return false;
        }
        List<String> words = s.commandWords();
        if (words.isEmpty()) {
            return true;
        }
        String first = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
        return first.startsWith("-") || SERVERS.contains(first);
    }

    private static boolean mentions(ContainerSettings s, List<String> texts) {
        String line = String.join(" ", s.commandWords()) + " ";
        return texts.stream().anyMatch(line::contains);
    }

    /** A configuration file or folder is mounted (it may set a password). */
    private static boolean configMounted(ContainerSettings s) {
        return s.mountTargets().stream().anyMatch(t -> t.endsWith(".conf") || t.endsWith(".acl")
                || t.endsWith(".yaml") || t.endsWith(".yml") || t.contains("/etc/"));
    }
}
