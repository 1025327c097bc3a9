package dev.stacklint.project.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the commands that run a program as another user, so that a container started as root does not run
 * its program as root: {@code gosu USER}, {@code su-exec USER}, {@code setpriv --reuid}, {@code chroot --userspec},
 * {@code s6-setuidgid USER}, {@code s6-applyuidgid -u}, {@code chpst -u}, {@code runuser -u USER},
 * {@code su USER -c ...}, {@code sudo -u USER}. A drop to {@code root} or uid 0 is none.
 */
final class PrivilegeDrops {
    private PrivilegeDrops() {
    }

    /** The user the command switches to, when it is one of the wrappers and names a user other than root. */
    static Optional<Arg> of(Arg program, List<Arg> rest) {
        Optional<Arg> user = switch (program.baseName()) {
            case "gosu", "su-exec", "s6-setuidgid" -> rest.isEmpty() ? Optional.empty() : Optional.of(rest.get(0));
            case "setpriv" -> option(rest, "--reuid");
            case "chroot" -> option(rest, "--userspec");
            case "s6-applyuidgid", "chpst", "runuser", "sudo" -> option(rest, "-u").or(() -> option(rest, "--user"));
            case "su" -> su(rest);
            default -> Optional.empty();
        };
        return user.filter(u -> !isRoot(u.value()));
    }

    /** {@code su [-] [-s SHELL] USER -c CMD} (also {@code su -c CMD USER}): only with {@code -c} does it run a command. */
    private static Optional<Arg> su(List<Arg> rest) {
        Options o = Options.parse(rest, Set.of("-c", "--command", "-s", "--shell", "-g", "--group", "-G"), false);
        if (o.last("-c", "--command").isEmpty()) {
            return Optional.empty();
        }
        return o.positionals().stream().filter(a -> !a.value().equals("-")).findFirst();
    }

    private static Optional<Arg> option(List<Arg> rest, String name) {
        return Options.parse(rest, Set.of(name, "-g", "--regid", "--groups", "-U"), true).last(name)
                .flatMap(Options.Opt::value);
    }

    /** root, uid 0, or a {@code user:group} whose user is one of them. */
    static boolean isRoot(String user) {
        String u = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        return u.equals("root") || u.equals("0");
    }
}
