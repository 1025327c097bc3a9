package dev.stacklint.project;

import dev.stacklint.nginx.NginxConf;
import dev.stacklint.nginx.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The nginx configuration a container runs, includes followed: the statements of its {@code nginx.conf} (or, when
 * it keeps the image's own, of the {@code conf.d} files and templates that one includes inside {@code http}), each
 * statement still pointing into the file it was written in.
 *
 * @param statements  the effective statements; an {@code include} still among them named files the linter could
 *                    not read
 * @param defaultMain the image's own nginx.conf is used: {@code statements} are inside its {@code http} block
 * @param files       every configuration file read, with its syntax errors
 * @param provided    what the container has at nginx's paths (mounts and copies)
 * @param officialImage the container runs the official nginx image (or one built from it), whose files are known
 */
public record NginxConfig(List<Statement> statements, boolean defaultMain, List<NginxConf> files,
                          NginxFiles provided, boolean officialImage) {
    /** Files the official image ships in /etc/nginx; including them sets no proxy header and serves no file. */
    private static final Set<String> STOCK = Set.of("mime.types", "fastcgi_params", "fastcgi.conf", "scgi_params",
            "uwsgi_params", "koi-utf", "koi-win", "win-utf");

    public NginxConfig {
        statements = List.copyOf(statements);
        files = List.copyOf(files);
    }

    /** Calls {@code visitor} with every statement and the blocks around it, outermost first. */
    public void walk(BiConsumer<Statement, List<Statement.Block>> visitor) {
        walk(statements, List.of(), visitor);
    }

    private static void walk(List<Statement> body, List<Statement.Block> around,
                             BiConsumer<Statement, List<Statement.Block>> visitor) {
        for (Statement s : body) {
            visitor.accept(s, around);
            if (s instanceof Statement.Block b) {
                List<Statement.Block> inner = new ArrayList<>(around);
                inner.add(b);
                walk(b.body(), List.copyOf(inner), visitor);
            }
        }
    }

    /** The names of the {@code upstream} blocks. */
    public Set<String> upstreams() {
        Set<String> out = new java.util.HashSet<>();
        walk((s, around) -> {
            if (s instanceof Statement.Block b && b.keyword().equals("upstream") && !b.args().isEmpty()) {
                out.add(b.args().get(0).value());
            }
        });
        return out;
    }

    /** An include the linter could not follow that may hold anything (not one of the image's stock files). */
    public static boolean opaque(Statement s) {
        if (!s.keyword().equals("include") || s.args().isEmpty()) {
            return false;
        }
        String path = s.args().get(0).value();
        return !STOCK.contains(path.substring(path.lastIndexOf('/') + 1));
    }
}
