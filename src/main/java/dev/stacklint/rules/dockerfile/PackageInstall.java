package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A package manager's install command ({@code apt-get install}, {@code apk add}...), read the way the tool reads
 * its arguments: options anywhere, some of them taking the next word as their value.
 *
 * @param command  the whole command
 * @param verb     the subcommand word ({@code install}, {@code add})
 * @param options  the options, each with its value when it takes one ({@code -o X}, {@code -t bookworm})
 * @param packages the package arguments
 */
record PackageInstall(SimpleCommand command, ShellWord verb, List<String> options, List<ShellWord> packages) {
    private static final Set<String> APT_GET_VALUES = Set.of("-o", "--option", "-t", "--target-release",
            "--default-release", "-c", "--config-file", "-a", "--host-architecture");
    private static final Set<String> APK_VALUES = Set.of("-t", "--virtual", "-X", "--repository", "-p", "--root",
            "--keys-dir", "--repositories-file", "--arch", "--cache-dir", "--cache-max-age");

    /** {@code apt-get install ...}. */
    static Optional<PackageInstall> aptGet(SimpleCommand c) {
        return parse(c, "apt-get", Set.of("install"), APT_GET_VALUES);
    }

    /** {@code apk add ...}. */
    static Optional<PackageInstall> apk(SimpleCommand c) {
        return parse(c, "apk", Set.of("add"), APK_VALUES);
    }

    /**
     * @param program    the program's base name
     * @param verbs      the subcommands that install
     * @param takesValue options whose value is the next word when not written as {@code --name=value}
     */
    private static Optional<PackageInstall> parse(SimpleCommand c, String program, Set<String> verbs,
                                                  Set<String> takesValue) {
        if (c.program().filter(program::equals).isEmpty()) {
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
                if (!verbs.contains(v)) {
                    return Optional.empty();
                }
                verb = args.get(i);
            } else {
                packages.add(args.get(i));
            }
        }
        return verb == null ? Optional.empty() : Optional.of(new PackageInstall(c, verb, options, packages));
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
