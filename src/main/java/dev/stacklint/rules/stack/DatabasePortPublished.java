package dev.stacklint.rules.stack;

import dev.stacklint.compose.Located;
import dev.stacklint.compose.PortMapping;
import dev.stacklint.compose.Service;
import dev.stacklint.project.Container;
import dev.stacklint.project.Environment;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rules.compose.DatabaseServer;
import dev.stacklint.rules.data.DatabaseImages;

import java.util.Locale;
import java.util.Optional;

/**
 * SL238: a database or cache publishes a port on every interface of the host. A stack rule so that a service built
 * {@code FROM postgres} is a database too. How bad it is depends on whether the database asks for a password
 * ({@link DatabaseAccess}) and on the file: a development file publishing its database is what it is for, unless
 * the database takes anyone.
 */
public final class DatabasePortPublished implements StackRule {
    static final RuleMeta META = new RuleMeta("SL238", "database-port-published", Severity.WARNING,
            "A database or cache publishes its port on every interface of the host.").in(Category.SECURITY);

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        DatabaseImages databases = ctx.tables().databases();
        for (Container c : stack.containers()) {
            Optional<DatabaseImages.Entry> db = DatabaseServer.of(c, databases)
                    .filter(e -> e.kind() == DatabaseImages.Kind.DATABASE || e.kind() == DatabaseImages.Kind.CACHE);
            if (c.service().isEmpty() || db.isEmpty()) {
                continue;
            }
            Service s = c.service().get();
            Optional<String> open = DatabaseAccess.withoutPassword(new ContainerSettings(c, s), db.get(),
                    c.runImage().orElse(""));
            for (PortMapping p : s.ports()) {
                Environment env = environment(stack, c, p);
                if (loopback(p)) {
                    if (env != Environment.DEVELOPMENT) {
                        reporter.report(p.origin().file(), p.origin().span(), Severity.INFO, loopbackMessage(s,
                                db.get(), open));
                    }
                    continue;
                }
                if (!onEveryInterface(p)) {
                    continue;
                }
                Optional<Severity> severity = severity(env, open.isPresent());
                severity.ifPresent(level -> reporter.report(p.origin().file(), p.origin().span(), level,
                        message(s, db.get(), p, open)));
            }
        }
    }

    /**
     * No password is an error unless the file is a development one (info there: a laptop on a shared network
     * serves it too). A password makes it a warning, and nothing in development (publishing the database to a
     * local client is what a development file is for).
     */
    private static Optional<Severity> severity(Environment env, boolean open) {
        return switch (env) {
            case PRODUCTION -> Optional.of(open ? Severity.ERROR : Severity.WARNING);
            case UNKNOWN -> Optional.of(open ? Severity.ERROR : Severity.WARNING);
            case DEVELOPMENT -> open ? Optional.of(Severity.INFO) : Optional.empty();
        };
    }

    /** Development when the service or the file that publishes the port is; production when either is. */
    private static Environment environment(Stack stack, Container c, PortMapping p) {
        Environment file = stack.environmentOf(p.origin().file());
        if (file == Environment.DEVELOPMENT || c.environment() == Environment.DEVELOPMENT) {
            return Environment.DEVELOPMENT;
        }
        return file == Environment.PRODUCTION ? file : c.environment();
    }

    /** Bound to the loopback address: {@code 127.0.0.1} (any {@code 127.x}), {@code ::1} or {@code localhost}. */
    private static boolean loopback(PortMapping p) {
        String ip = p.hostIp().map(Located::value).orElse("").trim().toLowerCase(Locale.ROOT);
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        return ip.startsWith("127.") || ip.equals("::1") || ip.equals("localhost");
    }

    private static String loopbackMessage(Service s, DatabaseImages.Entry db, Optional<String> open) {
        String head = "`" + s.name().value() + "` publishes " + db.product() + "'s port on the loopback address only";
        return open.map(o -> head + ", and " + o + ": every local user and process of the host can connect; require a"
                        + " password, or drop `ports` unless a client on the host needs it")
                .orElse(head + ": every local user and process of the host can try its password; drop `ports` unless"
                        + " a client on the host needs it");
    }

    /** No host IP, {@code 0.0.0.0} or {@code ::}: loopback and one specific address are choices already made. */
    private static boolean onEveryInterface(PortMapping p) {
        String ip = p.hostIp().map(Located::value).orElse("").trim().toLowerCase(Locale.ROOT);
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        return ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::");
    }

    private static String message(Service s, DatabaseImages.Entry db, PortMapping p, Optional<String> open) {
        String target = p.target().value().toString();
        String protocol = p.protocol().equals("tcp") ? "" : "/" + p.protocol();
        // a host port from a variable is the user's to choose: name the container port only
        boolean variable = p.interpolated();
        Optional<String> published = p.published().map(x -> x.value().toString()).filter(x -> !variable);
        String where = published.isEmpty() ? "port " + target + (variable ? "" : " on a random host port")
                : "port " + (published.get().equals(target) ? target : published.get() + " (container port "
                + target + ")");
        String bind = published.map(x -> "`127.0.0.1:" + x + ":" + target + protocol + "`")
                .orElse("`127.0.0.1:` in front of the entry, or `host_ip: 127.0.0.1`");
        String head = "`" + s.name().value() + "` publishes " + db.product() + "'s " + where
                + " on every interface of the host";
        String fix = "bind it to the loopback address (" + bind + "), or drop `ports` and let the other services"
                + " reach it over the Compose network";
        if (open.isPresent()) {
            return head + ", and " + open.get() + ": anyone who can reach the host owns the data; " + fix
                    + ", and require a password";
        }
        return head + ": anyone who can reach the host can try its password, and Docker's port publishing bypasses"
                + " host firewalls such as ufw; " + fix;
    }
}
