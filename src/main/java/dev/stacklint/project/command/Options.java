package dev.stacklint.project.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments split into options and positionals the way argparse/click/getopt do:
 * {@code --name value}, {@code --name=value}, {@code -n value}, {@code -nvalue}, {@code -n=value}, clusters of
 * short flags, and {@code --} ending the options. Only the options in {@code valued} take a value; any other
 * option is taken for a flag.
 */
final class Options {

    /** One option; {@code name} as written before any {@code =} ({@code --bind}, {@code -b}). */
    record Opt(String name, Arg word, Optional<Arg> value) {
    }

    private final List<Opt> opts;
    private final List<Arg> positionals;

    private Options(List<Opt> opts, List<Arg> positionals) {
        this.opts = opts;
        this.positionals = positionals;
    }

    /**
     * @param stopAtPositional the first positional ends the options (a sub-command or program follows)
     */
    static Options parse(List<Arg> args, Set<String> valued, boolean stopAtPositional) {
        List<Opt> opts = new ArrayList<>();
        List<Arg> positionals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Arg a = args.get(i);
            String v = a.value();
            if (v.equals("--") || (stopAtPositional && !positionals.isEmpty())) {
                int from = v.equals("--") ? i + 1 : i;
                positionals.addAll(args.subList(from, args.size()));
                break;
            }
            if (v.startsWith("--")) {
                int eq = v.indexOf('=');
                if (eq > 0) {
                    opts.add(new Opt(v.substring(0, eq), a, Optional.of(a.sub(eq + 1, v.length()))));
                } else if (valued.contains(v)) {
                    opts.add(new Opt(v, a, i + 1 < args.size() ? Optional.of(args.get(++i)) : Optional.empty()));
                } else {
                    opts.add(new Opt(v, a, Optional.empty()));
                }
            } else if (v.startsWith("-") && v.length() > 1) {
                i = shortOptions(args, i, valued, opts);
            } else {
                positionals.add(a);
            }
        }
        return new Options(List.copyOf(opts), List.copyOf(positionals));
    }

    /** Reads {@code -abc} / {@code -b value} / {@code -bvalue}; returns the index of the last argument used. */
    private static int shortOptions(List<Arg> args, int i, Set<String> valued, List<Opt> opts) {
        Arg a = args.get(i);
        String v = a.value();
        for (int k = 1; k < v.length(); k++) {
            String name = "-" + v.charAt(k);
            if (!valued.contains(name)) {
                opts.add(new Opt(name, a, Optional.empty()));
                continue;
            }
            int from = k + 1;
            if (from < v.length()) {
                if (v.charAt(from) == '=') {
                    from++;
                }
                opts.add(new Opt(name, a, Optional.of(a.sub(from, v.length()))));
                return i;
            }
            opts.add(new Opt(name, a, i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty()));
            return i + 1;
        }
        return i;
    }

    /** Every occurrence of any of the names, in order. */
    List<Opt> all(String... names) {
        List<String> wanted = Arrays.asList(names);
        return opts.stream().filter(o -> wanted.contains(o.name())).toList();
    }

    /** The last occurrence of any of the names (the one that wins). */
    Optional<Opt> last(String... names) {
        List<Opt> found = all(names);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    List<Arg> positionals() {
        return positionals;
    }

    /** The words before the first positional, i.e. the options of a command that takes a sub-command or program. */
    List<Opt> options() {
        return opts;
    }
}
