package dev.stacklint.project;

import dev.stacklint.compose.VolumeMount;
import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.nginx.NginxConf;
import dev.stacklint.nginx.NginxParser;
import dev.stacklint.nginx.Statement;
import dev.stacklint.source.GlobMatcher;
import dev.stacklint.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds and reads the nginx configuration of a container: its own {@code /etc/nginx/nginx.conf} (bind-mounted or
 * copied into the image), else the {@code conf.d/*.conf} files and {@code templates/*.template} the image's default
 * nginx.conf includes. {@code include} is followed as nginx does (relative paths against {@code /etc/nginx}, globs in
 * name order), and, for a path the container does not map, against the folder of the including file on the host.
 * Bounded: at most {@value #MAX_FILES} files and {@value #MAX_DEPTH} nested includes.
 */
final class NginxConfigs {
    static final int MAX_FILES = 200;
    static final int MAX_DEPTH = 16;
    private static final String PREFIX = "/etc/nginx/";
    private static final Pattern GLOB = Pattern.compile(".*[*?\\[].*");
    private static final Pattern OFFICIAL = Pattern.compile(
            "(docker\\.io/)?(library/)?(nginx|nginxinc/nginx-unprivileged)(:[^@]*)?(@.*)?");

    private final NginxFiles files;
    private final Function<Path, Optional<SourceFile>> reader;
    private final Map<Path, NginxConf> parsed = new LinkedHashMap<>();

    private NginxConfigs(NginxFiles files, Function<Path, Optional<SourceFile>> reader) {
        this.files = files;
        this.reader = reader;
    }

    /** The configuration a container with these image and mounts runs, when it puts one in /etc/nginx. */
    static Optional<NginxConfig> of(Optional<BuiltImage> image, Optional<String> runImage, List<VolumeMount> volumes,
                                    Function<Path, Optional<SourceFile>> reader) {
        NginxFiles files = NginxFiles.of(image, volumes);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        boolean official = runImage.map(i -> OFFICIAL.matcher(i).matches()).orElse(false);
        NginxConfigs c = new NginxConfigs(files, reader);
        List<Statement> statements;
        boolean defaultMain;
        switch (files.find(PREFIX + "nginx.conf")) {
            case NginxFiles.Lookup.Found f -> {
                statements = c.file(f.host(), 0).orElse(List.of());
                defaultMain = false;
            }
            case NginxFiles.Lookup.Unreadable u -> {
                return Optional.empty();
            }
            case NginxFiles.Lookup.NotProvided n -> {
                statements = new ArrayList<>();
                for (String conf : files.list(NginxFiles.CONF_D, GlobMatcher.of("*.conf"))) {
                    if (files.find(conf) instanceof NginxFiles.Lookup.Found f) {
                        c.file(f.host(), 0).ifPresent(statements::addAll);
                    }
                }
                defaultMain = true;
            }
        }
        if (c.parsed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NginxConfig(statements, defaultMain, List.copyOf(c.parsed.values()), files, official));
    }

    /** A file's statements with its includes followed; empty past the limits or when it cannot be read. */
    private Optional<List<Statement>> file(Path host, int depth) {
        if (depth > MAX_DEPTH || (!parsed.containsKey(host) && parsed.size() >= MAX_FILES)) {
            return Optional.empty();
        }
        NginxConf conf = parsed.get(host);
        if (conf == null) {
            Optional<SourceFile> source = reader.apply(host);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            conf = NginxParser.parse(source.get());
            parsed.put(host, conf);
        }
        return Optional.of(inline(conf.statements(), host, depth));
    }

    private List<Statement> inline(List<Statement> body, Path host, int depth) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : body) {
            switch (s) {
                case Statement.Block b -> out.add(new Statement.Block(b.name(), b.args(),
                        inline(b.body(), host, depth), b.origin()));
                case Statement.Directive d when d.keyword().equals("include") && d.args().size() == 1
                        && !d.args().get(0).variable() -> {
                    Optional<List<Path>> included = resolve(d.args().get(0).value(), host);
                    if (included.isEmpty()) {
                        out.add(d); // nginx reads it from the image (or fails): the linter cannot see it
                    } else {
                        for (Path p : included.get()) {
                            Optional<List<Statement>> inner = file(p, depth + 1);
                            if (inner.isEmpty()) {
                                out.add(d);
                                break;
                            }
                            out.addAll(inner.get());
                        }
                    }
                }
                default -> out.add(s);
            }
        }
        return out;
    }

    /**
     * The host files an include names: in the container (relative to /etc/nginx), else beside the including file.
     * Empty when neither holds them; a glob that matches nothing is an empty list, as it is for nginx.
     */
    private Optional<List<Path>> resolve(String written, Path including) {
        String abs = written.startsWith("/") ? ContainerPaths.normalize(written) : ContainerPaths.normalize(PREFIX + written);
        boolean glob = GLOB.matcher(written).matches();
        if (glob) {
            int slash = abs.lastIndexOf('/');
            String dir = slash <= 0 ? "/" : abs.substring(0, slash);
            List<Path> out = new ArrayList<>();
            for (String p : files.list(dir, GlobMatcher.of(abs.substring(slash + 1)))) {
                if (files.find(p) instanceof NginxFiles.Lookup.Found f) {
                    out.add(f.host());
                }
            }
            if (!out.isEmpty() || written.startsWith("/") || including.getParent() == null) {
                return out.isEmpty() && !files.provides(dir) ? Optional.empty() : Optional.of(out);
            }
            Path local = including.getParent().resolve(written).normalize();
            List<Path> beside = NginxFiles.matches(local.getParent(), GlobMatcher.of(local.getFileName().toString()));
            return beside.isEmpty() ? Optional.empty() : Optional.of(beside);
        }
        if (files.find(abs) instanceof NginxFiles.Lookup.Found f) {
            return Optional.of(List.of(f.host()));
        }
        if (!written.startsWith("/") && including.getParent() != null) {
            Path local = including.getParent().resolve(written).normalize();
            if (java.nio.file.Files.isRegularFile(local)) {
                return Optional.of(List.of(local));
            }
        }
        return Optional.empty();
    }
}
