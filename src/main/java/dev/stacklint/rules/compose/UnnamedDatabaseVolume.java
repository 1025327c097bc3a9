package dev.stacklint.rules.compose;

import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.image.ImageReference;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rule.Target;
import dev.stacklint.rules.data.DatabaseImages;
import dev.stacklint.rules.data.TableRule;
import dev.stacklint.rules.data.Tables;

import java.util.List;
import java.util.Optional;

/**
 * SL201: a database service keeps its data in the container, or only in an anonymous volume. A stack rule so that a
 * service building its image from a database image is known as one too.
 */
public final class UnnamedDatabaseVolume implements StackRule, TableRule {
    static final RuleMeta META = new RuleMeta("SL201", "unnamed-database-volume", Severity.WARNING, Target.COMPOSE,
            "A database service has no named volume on its data directory, so its data dies with the container.");

    private final DatabaseImages databases;

    public UnnamedDatabaseVolume() {
        this(DatabaseImages.builtin());
    }

    public UnnamedDatabaseVolume(DatabaseImages databases) {
        this.databases = databases;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Rule withTables(Tables tables) {
        return new UnnamedDatabaseVolume(tables.databases());
    }

    @Override
    public void check(Stack stack, Reporter reporter) {
        for (Container c : stack.containers()) {
            if (c.service().isEmpty()) {
                continue;
            }
            Service s = c.service().get();
            Optional<DatabaseImages.Entry> db = DatabaseServer.of(c, databases);
            // volumes_from and tmpfs are explicit choices about where the data lives
            if (db.isEmpty() || db.get().dataDirs().isEmpty() || s.definition().get("volumes_from").isPresent()
                    || s.definition().get("tmpfs").isPresent()) {
                continue;
            }
            List<String> dirs = dataDirs(s, db.get());
            if (dirs.isEmpty()) {
                continue;
            }
            Optional<VolumeMount> mount = s.volumes().stream()
                    .filter(v -> dirs.stream().anyMatch(d -> ContainerPaths.below(d,
                            ContainerPaths.normalize(v.target().value())).isPresent()))
                    .findFirst();
            check(s, db.get(), dirs.get(0), mount, at(s, db.get()), reporter);
        }
    }

    /** The Compose {@code image} when it names the database, else the service (its Dockerfile's base does). */
    private Located<String> at(Service s, DatabaseImages.Entry db) {
        return s.literalImage().filter(i -> databases.find(i.value().reference()).filter(db::equals).isPresent())
                .map(i -> i.map(ImageReference::reference)).orElse(s.name());
    }

    /** Where the data is: the table's directories, or the one the image's variable ({@code PGDATA}) names. */
    private static List<String> dataDirs(Service s, DatabaseImages.Entry db) {
        Optional<Located<String>> moved = db.dataEnv().flatMap(s::environment).flatMap(NamedValue::value);
        if (moved.isPresent()) {
            String v = moved.get().value();
            return v.startsWith("/") && !v.contains("$") ? List.of(ContainerPaths.normalize(v)) : List.of();
        }
        return db.dataDirs();
    }

    private static void check(Service s, DatabaseImages.Entry db, String dir, Optional<VolumeMount> mount,
                              Located<String> at, Reporter reporter) {
        String name = "`" + s.name().value() + "`";
        String example = "(e.g. `" + s.name().value() + "-data:" + dir + "`)";
        if (mount.isEmpty()) {
            boolean cache = db.kind() == DatabaseImages.Kind.CACHE;
            reporter.report(at.file(), at.span(), cache ? Severity.INFO : Severity.WARNING, name + " runs "
                    + db.product() + " with no volume on " + dir + ": " + (cache ? "whatever it stores" : "its data")
                    + " is lost when the container is removed; mount a named volume there " + example);
            return;
        }
        VolumeMount m = mount.get();
        if (m.isAnonymous()) {
            reporter.report(m.origin().file(), m.origin().span(), name + " keeps " + db.product()
                    + "'s data in an anonymous volume: a new container can start with an empty one and"
                    + " `docker compose down -v` or a prune deletes it; name the volume " + example);
        } else if (m.type() == VolumeMount.Type.BIND) {
            reporter.report(m.origin().file(), m.origin().span(), Severity.INFO, name + " keeps " + db.product()
                    + "'s data in a bind mount: its ownership and permissions depend on the host; a named volume"
                    + " is managed by Docker " + example);
        }
    }
}
