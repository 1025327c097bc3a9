package dev.stacklint.rules.stack;

import dev.stacklint.compose.Command;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.image.ImageReference;
import dev.stacklint.project.Container;
import dev.stacklint.project.Environment;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rules.compose.DatabaseServer;
import dev.stacklint.rules.data.DatabaseImages;
import dev.stacklint.source.Interpolation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * SL201: a database service keeps its data in the container, or only in an anonymous volume. A stack rule so that a
 * service building its image from a database image is known as one too.
 */
public final class UnnamedDatabaseVolume implements StackRule {
    static final RuleMeta META = new RuleMeta("SL201", "unnamed-database-volume", Severity.WARNING,
            "A database service has no named volume on its data directory, so its data dies with the container.");
    private static final Set<String> OVERLAY_KEYS = Set.of("image", "build", "platform");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        DatabaseImages databases = ctx.tables().databases();
        for (Container c : stack.containers()) {
            if (c.service().isEmpty()) {
                continue;
            }
            Service s = c.service().get();
            Optional<DatabaseImages.Entry> db = DatabaseServer.of(c, databases);
            // volumes_from and tmpfs are explicit choices about where the data lives
            if (db.isEmpty() || db.get().dataDirs().isEmpty() || !s.volumesFrom().isEmpty()
                    || !s.isolation().tmpfs().isEmpty() || throwawayOnPurpose(s, db.get())) {
                continue;
            }
            DatabaseImages.Layout layout = db.get().layout(c.runImage().orElse(""));
            Optional<List<String>> moved = movedTo(s, db.get());
            List<String> dirs = moved.orElse(layout.data());
            if (dirs.isEmpty()) {
                continue;
            }
            Optional<VolumeMount> mount = s.volumes().stream().filter(v -> holds(v, dirs)).findFirst();
            Optional<VolumeMount> stale = moved.isPresent() ? Optional.empty()
                    : s.volumes().stream().filter(v -> !holds(v, dirs) && holds(v, layout.formerly())).findFirst();
            if (mount.isEmpty() && stale.isEmpty() && imageOverlay(stack, s)) {
                continue;
            }
            if (mount.isEmpty() && stale.isPresent()) {
                formerly(s, db.get(), layout, stale.get(), reporter);
            } else {
                // a development database is often throwaway on purpose: say so, but only as info
                boolean throwaway = c.environment() == Environment.DEVELOPMENT;
                check(s, db.get(), dirs.get(0), mount, at(s, db.get(), databases), throwaway, reporter);
            }
        }
    }

    /**
     * A service of an add-on file that changes only the image (or build, platform) of one the main project beside it
     * declares ({@code docker-compose.windows.yml} giving the main file's {@code sqldata} a Windows image): Compose
     * merges the two, so the volume comes from the main project, where its absence is reported. An add-on that
     * writes the service out in full (environment, ports, healthcheck) runs it on its own terms and is judged.
     */
    private static boolean imageOverlay(Stack stack, Service s) {
        return stack.compose().map(p -> p.companions().service(s.name().value())).orElse(false)
                && s.definition().entries().stream().allMatch(e -> OVERLAY_KEYS.contains(e.name()));
    }

    /**
     * The service says its data need not last: a cache server named so ({@code cache}, {@code redis-cache}), or a
     * database run with durability switched off ({@code postgres -c fsync=off}, as test databases are).
     */
    private static boolean throwawayOnPurpose(Service s, DatabaseImages.Entry db) {
        boolean namedCache = db.kind() == DatabaseImages.Kind.CACHE
                && Arrays.asList(s.name().value().toLowerCase(Locale.ROOT).split("[-_.]")).contains("cache");
        return namedCache || Stream.concat(s.entrypoint().stream(), s.command().stream())
                .map(Command::words).flatMap(List::stream).flatMap(w -> Arrays.stream(w.trim().split("\\s+")))
                .anyMatch(w -> w.equals("fsync=off") || w.equals("--fsync=off"));
    }

    /** A volume on one of {@code dirs} or on a folder above it. */
    private static boolean holds(VolumeMount v, List<String> dirs) {
        String target = ContainerPaths.normalize(v.target().value());
        return dirs.stream().anyMatch(d -> ContainerPaths.below(d, target).isPresent());
    }

    /** A volume where older versions kept the data ({@code /var/lib/postgresql/data} for PostgreSQL 18+). */
    private static void formerly(Service s, DatabaseImages.Entry db, DatabaseImages.Layout layout, VolumeMount v,
                                 Reporter reporter) {
        int from = layout.version().orElseThrow().from();
        String dir = layout.data().get(0);
        reporter.report(v.origin().file(), v.origin().span(), "`" + s.name().value() + "` mounts its volume on "
                + ContainerPaths.normalize(v.target().value()) + ", but " + db.product() + " " + from
                + "+ images keep the data under " + dir + ": the volume misses it and the data is lost with the"
                + " container; mount the volume on " + dir + " (or pin an older version)");
    }

    /** The Compose {@code image} when it names the database, else the service (its Dockerfile's base does). */
    private static Located<String> at(Service s, DatabaseImages.Entry db, DatabaseImages databases) {
        return s.literalImage().filter(i -> databases.find(i.value().reference()).filter(db::equals).isPresent())
                .map(i -> i.map(ImageReference::reference)).orElse(s.name());
    }

    /** The directory the image's variable ({@code PGDATA}) moves the data to (none when it is not a literal). */
    private static Optional<List<String>> movedTo(Service s, DatabaseImages.Entry db) {
        Optional<Located<String>> moved = db.dataEnv().flatMap(s::environment).flatMap(NamedValue::value);
        return moved.map(m -> m.value().startsWith("/") && Interpolation.literal(m.value())
                ? List.of(ContainerPaths.normalize(m.value())) : List.of());
    }

    private static void check(Service s, DatabaseImages.Entry db, String dir, Optional<VolumeMount> mount,
                              Located<String> at, boolean throwaway, Reporter reporter) {
        String name = "`" + s.name().value() + "`";
        String example = "(e.g. `" + s.name().value() + "-data:" + dir + "`)";
        if (mount.isEmpty()) {
            boolean cache = db.kind() == DatabaseImages.Kind.CACHE;
            reporter.report(at.file(), at.span(), cache || throwaway ? Severity.INFO : Severity.WARNING, name + " runs "
                    + db.product() + " with no volume on " + dir + ": " + (cache ? "whatever it stores" : "its data")
                    + " is lost when the container is removed; mount a named volume there " + example);
            return;
        }
        VolumeMount m = mount.get();
        if (m.isAnonymous()) {
            reporter.report(m.origin().file(), m.origin().span(), throwaway ? Severity.INFO : Severity.WARNING,
                    name + " keeps " + db.product()
                    + "'s data in an anonymous volume: a new container can start with an empty one and"
                    + " `docker compose down -v` or a prune deletes it; name the volume " + example);
        } else if (m.type() == VolumeMount.Type.BIND) {
            reporter.report(m.origin().file(), m.origin().span(), Severity.INFO, name + " keeps " + db.product()
                    + "'s data in a bind mount: its ownership and permissions depend on the host; a named volume"
                    + " is managed by Docker " + example);
        }
    }
}
