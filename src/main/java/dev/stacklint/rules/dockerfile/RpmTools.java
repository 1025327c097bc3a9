package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What the yum, dnf and zypper rules share: program names, installing subcommands, cleaning commands. */
final class RpmTools {
    static final Set<String> YUM = Set.of("yum");
    static final Set<String> DNF = Set.of("dnf", "microdnf");
    static final Set<String> ZYPPER = Set.of("zypper");

    static final Set<String> YUM_INSTALL = Set.of("install", "groupinstall", "localinstall", "reinstall");
    static final Set<String> DNF_INSTALL = Set.of("install", "in", "reinstall", "rei", "groupinstall",
            "localinstall", "module install", "group install");
    static final Set<String> ZYPPER_INSTALL = Set.of("install", "in", "source-install", "si");

    static final List<String> YUM_CACHE = List.of("/var/cache/yum");
    static final List<String> DNF_CACHE = List.of("/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5");
    static final List<String> ZYPPER_CACHE = List.of("/var/cache/zypp");

    /** {@code name-VERSION}, the version starting with a digit (an epoch like {@code 1:1.1.1k} included). */
    private static final Pattern NAME_DASH_VERSION = Pattern.compile(".+-[0-9].*");

    private RpmTools() {
    }

    /** {@code name=1.0}, {@code name>=1.0}, {@code name<2} (zypper). */
    static boolean hasVersionConstraint(String name) {
        return name.chars().anyMatch(c -> c == '=' || c == '<' || c == '>');
    }

    static boolean hasVersionSuffix(String name) {
        return NAME_DASH_VERSION.matcher(name).matches();
    }

    /** A command of {@code programs} whose action is in {@code actions}. */
    static boolean runs(SimpleCommand c, Set<String> programs, Set<String> actions) {
        return PackageCommand.rpm(c, programs).filter(p -> actions.contains(p.action())).isPresent();
    }

    /**
     * True when {@code c} is {@code yum clean all}, {@code dnf clean all}, {@code zypper clean}... run by the same
     * program as {@code install} ({@code microdnf clean all} does not clean up after {@code dnf}).
     */
    static boolean cleans(SimpleCommand install, SimpleCommand c, Set<String> verbs, boolean all) {
        return c.program().equals(install.program()) && PackageCommand.rpm(c, Set.of(c.program().orElse("")))
                .filter(p -> verbs.contains(p.verb().value()))
                .filter(p -> !all || p.packages().stream().anyMatch(w -> w.value().equals("all"))).isPresent();
    }
}
