package dev.stacklint.rules.stack;

import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.nginx.Statement;
import dev.stacklint.nginx.Word;
import dev.stacklint.project.Container;
import dev.stacklint.project.NginxConfig;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

import java.util.List;
import java.util.Set;

/**
 * SL314: nginx serves files ({@code root} or {@code alias} in a server or location that serves from disk) from a
 * folder that no volume, bind mount or COPY puts into the container, and that the official image does not have.
 */
public final class NginxStaticPathMissing implements StackRule {
    static final RuleMeta META = new RuleMeta("SL314", "nginx-static-path-missing", Severity.WARNING,
            "nginx serves files from a folder that no volume or COPY puts into its container.");
    /** What the official image has besides its configuration. */
    private static final List<String> IMAGE_PATHS = List.of("/usr/share/nginx", "/etc/nginx", "/var/cache/nginx",
            "/var/log/nginx", "/docker-entrypoint.d");
    private static final Set<String> HANDLERS = Set.of("proxy_pass", "fastcgi_pass", "uwsgi_pass", "grpc_pass",
            "scgi_pass", "memcached_pass", "return");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            if (c.nginx().isEmpty() || !c.nginx().get().officialImage()
                    || c.service().map(s -> !s.volumesFrom().isEmpty()).orElse(false)) {
                continue;
            }
            NginxConfig config = c.nginx().get();
            config.walk((s, around) -> {
                if (!(s.keyword().equals("root") || s.keyword().equals("alias")) || s.args().size() != 1
                        || around.isEmpty() || around.stream().noneMatch(b -> b.keyword().equals("server"))) {
                    return;
                }
                Word path = s.args().get(0);
                Statement.Block block = around.get(around.size() - 1);
                if (path.variable() || !path.value().startsWith("/") || !servesFiles(block)
                        || provided(c, config, ContainerPaths.normalize(path.value()))) {
                    return;
                }
                reporter.report(path.origin().file(), path.origin().span(), "nginx in `" + c.name() + "` serves files"
                        + " from `" + path.value() + "`, but no volume, bind mount or COPY puts anything there: every"
                        + " request it serves from there is a 404; mount the folder (the volume the app collects its"
                        + " static files into) or COPY it into the image");
            });
        }
    }

    /**
     * A location serves from disk unless it hands every request on ({@code proxy_pass}, {@code return}...); a server's
     * {@code root} matters when a location of it, or the server without locations, serves from disk.
     */
    private static boolean servesFiles(Statement.Block block) {
        if (block.body().stream().anyMatch(s -> HANDLERS.contains(s.keyword()) || NginxConfig.opaque(s))) {
            return false;
        }
        if (!block.keyword().equals("server")) {
            return true;
        }
        List<Statement.Block> locations = block.body().stream().filter(Statement.Block.class::isInstance)
                .map(Statement.Block.class::cast).filter(b -> b.keyword().equals("location")).toList();
        return locations.isEmpty() || locations.stream().anyMatch(l -> l.body().stream().noneMatch(s ->
                s.keyword().equals("root") || s.keyword().equals("alias")) && servesFiles(l));
    }

    private static boolean provided(Container c, NginxConfig config, String path) {
        if (config.provided().provides(path)
                || IMAGE_PATHS.stream().anyMatch(p -> ContainerPaths.below(path, p).isPresent())) {
            return true;
        }
        // a RUN that names the folder may create it
        return c.image().map(i -> i.instructions().stream().anyMatch(in -> in instanceof Instruction.Run r
                && i.dockerfile().source().slice(r.span()).contains(path))).orElse(false);
    }
}
