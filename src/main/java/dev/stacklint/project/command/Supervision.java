package dev.stacklint.project.command;

import dev.stacklint.source.GlobMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The programs a process supervisor starts, read from the files the container holds: supervisord's
 * {@code [program:x]} sections (its {@code -c} file or the places it looks, with {@code [include]} files), the
 * service folders of runit ({@code runsvdir DIR}) and s6 ({@code s6-svscan DIR}), and s6-overlay's
 * {@code /etc/services.d/*} and {@code longrun} services in {@code /etc/s6-overlay/s6-rc.d/*}. Empty when the
 * configuration is not known (a file the base image may hold).
 */
final class Supervision {
    /** Where supervisord looks for its configuration without {@code -c}, in order (relative: its working folder). */
    private static final List<String> SUPERVISORD_DEFAULTS = List.of("supervisord.conf", "etc/supervisord.conf",
            "/etc/supervisord.conf", "/etc/supervisor/supervisord.conf");
    /** Includes followed from one configuration file; deeper is not written. */
    private static final int MAX_FILES = 32;

    private Supervision() {
    }

    static Optional<List<String>> supervisord(List<Arg> args, CommandContext ctx) {
        Optional<String> config = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if ((v.equals("-c") || v.equals("--configuration")) && i + 1 < args.size()) {
                config = Optional.of(args.get(i + 1)).filter(a -> !a.dynamic()).map(Arg::value);
                if (config.isEmpty()) {
                    return Optional.empty();
                }
            } else if (v.startsWith("--configuration=")) {
                config = Optional.of(v.substring("--configuration=".length()));
            } else if (v.startsWith("-c") && v.length() > 2) {
                config = Optional.of(v.substring(2));
            }
        }
        List<String> candidates = config.map(List::of).orElse(SUPERVISORD_DEFAULTS);
        for (String c : candidates) {
            FileLookup f = ctx.file(c);
            if (f instanceof FileLookup.Found found) {
                List<String> programs = new ArrayList<>();
                return read(found, parent(c), ctx, programs, new int[] {0}) ? Optional.of(programs) : Optional.empty();
            }
            if (f instanceof FileLookup.Unknown && (c.startsWith("/") || config.isPresent())) {
                return Optional.empty(); // the base image may hold it
            }
        }
        return Optional.empty();
    }

    /** Adds the file's started programs and those of its includes; false when an include is not known. */
    private static boolean read(FileLookup.Found file, String dir, CommandContext ctx, List<String> programs,
                                int[] files) {
        if (++files[0] > MAX_FILES) {
            return false;
        }
        boolean complete = true;
        SupervisordConf conf = SupervisordConf.parse(file.file().text());
        programs.addAll(conf.programs());
        for (String pattern : conf.includes()) {
            String path = pattern.startsWith("/") ? pattern : dir + "/" + pattern;
            if (!path.matches(".*[*?\\[].*")) {
                complete &= ctx.file(path) instanceof FileLookup.Found f && read(f, parent(path), ctx, programs, files);
                continue;
            }
            String folder = parent(path);
            GlobMatcher glob = GlobMatcher.of(path.substring(folder.length() + 1));
            Optional<Set<String>> names = folder.matches(".*[*?\\[].*") ? Optional.empty() : ctx.list(folder);
            if (names.isEmpty()) {
                complete = false;
                continue;
            }
            for (String n : new TreeSet<>(names.get())) {
                if (glob.matches(n) && ctx.file(folder + "/" + n) instanceof FileLookup.Found f) {
                    complete &= read(f, folder, ctx, programs, files);
                }
            }
        }
        return complete;
    }

    /** {@code runsvdir [-P] DIR}: one program per service folder. */
    static Optional<List<String>> runit(List<Arg> args, CommandContext ctx) {
        return args.stream().filter(a -> !a.value().startsWith("-")).findFirst().filter(a -> !a.dynamic())
                .flatMap(a -> services(a.value(), ctx));
    }

    /** {@code s6-svscan [options] [DIR]}: one program per service folder of DIR (the working folder by default). */
    static Optional<List<String>> s6Scan(List<Arg> args, CommandContext ctx) {
        Optional<Arg> dir = args.stream().filter(a -> !a.value().startsWith("-")).findFirst();
        if (dir.isPresent() && dir.get().dynamic()) {
            return Optional.empty();
        }
        return services(dir.map(Arg::value).orElse("."), ctx);
    }

    /** s6-overlay: {@code /etc/services.d/*} (v2) and the {@code longrun}s of {@code /etc/s6-overlay/s6-rc.d} (v3). */
    static Optional<List<String>> s6Overlay(CommandContext ctx) {
        Optional<List<String>> legacy = services("/etc/services.d", ctx);
        Optional<Set<String>> rc = ctx.list("/etc/s6-overlay/s6-rc.d");
        if (legacy.isEmpty() && rc.isEmpty()) {
            return Optional.empty();
        }
        Set<String> out = new TreeSet<>(legacy.orElse(List.of()));
        for (String n : rc.orElse(Set.of())) {
            if (ctx.file("/etc/s6-overlay/s6-rc.d/" + n + "/type") instanceof FileLookup.Found f
                    && f.file().text().strip().equals("longrun")) {
                out.add(n);
            }
        }
        return Optional.of(List.copyOf(out));
    }

    private static Optional<List<String>> services(String dir, CommandContext ctx) {
        return ctx.list(dir).map(names -> names.stream().filter(n -> !n.startsWith(".")).sorted().toList());
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
    }

    /** The parts of a supervisord.conf this reading needs: an INI file of {@code [section]} and {@code key = value}. */
    record SupervisordConf(List<String> programs, List<String> includes) {
        static SupervisordConf parse(String text) {
            List<String> programs = new ArrayList<>();
            List<String> includes = new ArrayList<>();
            String section = "";
            String program = null;
            boolean autostart = true;
            for (String raw : text.split("\n", -1)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    if (program != null && autostart) {
                        programs.add(program);
                    }
                    section = line.substring(1, line.length() - 1).strip();
                    int colon = section.indexOf(':');
                    String kind = colon < 0 ? section : section.substring(0, colon);
                    program = (kind.equals("program") || kind.equals("fcgi-program")) && colon > 0
                            ? section.substring(colon + 1).strip() : null;
                    autostart = true;
                    continue;
                }
                int eq = line.indexOf('=');
                int colon = line.indexOf(':');
                int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
                if (sep <= 0 || Character.isWhitespace(raw.charAt(0))) {
                    continue; // a continuation line
                }
                String key = line.substring(0, sep).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(sep + 1).strip();
                if (program != null && key.equals("autostart")) {
                    autostart = !value.equalsIgnoreCase("false");
                } else if (section.equals("include") && key.equals("files")) {
                    includes.addAll(List.of(value.split("\\s+")));
                }
            }
            if (program != null && autostart) {
                programs.add(program);
            }
            return new SupervisordConf(List.copyOf(programs), List.copyOf(includes));
        }
    }
}
