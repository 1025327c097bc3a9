package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A package manager's command ({@code apt-get install}, {@code apk add}, {@code dnf -y module install}...), read
 * the way the tool reads its arguments: options anywhere, some of them taking the next word as their value.
 *
 * @param command  the whole command
 * @param verb     the subcommand word ({@code install}, {@code add}, {@code module})
 * @param options  the options, each with its value when it takes one ({@code -o X}, {@code -t bookworm})
 * @param packages the arguments after the verb (for {@code dnf module install x}: {@code install}, {@code x})
 */
record PackageCommand(SimpleCommand command, ShellWord verb, List<String> options, List<ShellWord> packages) {
    private static final Set<String> APT_GET_VALUES = Set.of("-o", "--option", "-t", "--target-release",
            "--default-release", "-c", "--config-file", "-a", "--host-architecture");
    private static final Set<String> APK_VALUES = Set.of("-t", "--virtual", "-X", "--repository", "-p", "--root",
            "--keys-dir", "--repositories-file", "--arch", "--cache-dir", "--cache-max-age");
    private static final Set<String> RPM_VALUES = Set.of("-c", "--config", "--installroot", "--releasever",
            "-x", "--exclude", "--enablerepo", "--disablerepo", "--repo", "--setopt", "-R", "--root");

    /** {@code apt-get install ...}. */
    static Optional<PackageCommand> aptGetInstall(SimpleCommand c) {
        return parse(c, Set.of("apt-get"), APT_GET_VALUES).filter(p -> p.verbIs("install"));
    }

    /** {@code apk add ...}. */
    static Optional<PackageCommand> apkAdd(SimpleCommand c) {
        return parse(c, Set.of("apk"), APK_VALUES).filter(p -> p.verbIs("add"));
    }

    /** Any {@code yum}, {@code dnf}, {@code microdnf} or {@code zypper} command named by {@code programs}. */
    static Optional<PackageCommand> rpm(SimpleCommand c, Set<String> programs) {
        return parse(c, programs, RPM_VALUES);
    }

    /** The verb, or for {@code module} and {@code group} the verb and the next word ({@code module install}). */
    String action() {
        boolean twoWords = (verbIs("module") || verbIs("group")) && !packages.isEmpty();
        return twoWords ? verb.value() + " " + packages.get(0).value() : verb.value();
    }

    boolean verbIs(String... verbs) {
        return List.of(verbs).contains(verb.value());
    }

    /**
     * @param programs   the programs' base names
     * @param takesValue options whose value is the next word when not written as {@code --name=value}
     */
    private static Optional<PackageCommand> parse(SimpleCommand c, Set<String> programs, Set<String> takesValue) {
        if (c.program().filter(programs::contains).isEmpty()) {
            return Optional.empty();
        }
        ShellWord verb = null;
        List<String> options = new ArrayList<>();
        List<ShellWord> packages = new ArrayList<>();
        List<ShellWord> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.startsWith("-") && v.length() > 1) {
                if (takesValue.contains(v) && i + 1 < args.size()) {
                    options.add(v + " " + args.get(++i).value());
                } else {
                    options.add(v);
                }
            } else if (verb == null) {
                verb = args.get(i);
            } else {
                packages.add(args.get(i));
            }
        }
        return verb == null ? Optional.empty() : Optional.of(new PackageCommand(c, verb, options, packages));
    }

    /** True when a short option is given, alone or bundled ({@code -y}, {@code -qy}). */
    boolean hasShort(char option) {
        return options.stream().anyMatch(o -> !o.startsWith("--") && o.indexOf(option) > 0
                && o.chars().skip(1).allMatch(Character::isLetter));
    }

    /** True when one of the long options is given, alone or as {@code --name=value}. */
    boolean hasLong(String... names) {
        for (String o : options) {
            for (String name : names) {
                if (o.equals(name) || o.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How quiet apt-get is asked to be: {@code -q} counts 1, {@code -qq} 2, {@code -q=2} 2. */
    int quietLevel() {
        int level = 0;
        for (String o : options) {
            if (o.startsWith("-q=") || o.startsWith("--quiet=")) {
                String n = o.substring(o.indexOf('=') + 1);
                level += n.matches("\\d{1,3}") ? Integer.parseInt(n) : 1;
            } else if (o.equals("--quiet")) {
                level++;
            } else if (!o.startsWith("--") && o.chars().skip(1).allMatch(Character::isLetter)) {
                level += (int) o.chars().filter(ch -> ch == 'q').count();
            }
        }
        return level;
    }

    /** The {@code -o NAME=VALUE} settings given on the command line. */
    List<String> settings() {
        List<String> settings = new ArrayList<>();
        for (String o : options) {
            if (o.startsWith("-o ") || o.startsWith("--option ")) {
                settings.add(o.substring(o.indexOf(' ') + 1));
            } else if (o.startsWith("--option=")) {
                settings.add(o.substring("--option=".length()));
            } else if (o.startsWith("-o") && o.length() > 2) {
                settings.add(o.substring(2));
            }
        }
        return settings;
    }
}
