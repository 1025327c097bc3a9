package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Map;

/**
 * SL120: an EXPOSE port written with a host IP or a host port ({@code EXPOSE 127.0.0.1:80:80}, {@code EXPOSE
 * 8080:80}). Docker ignores both parts; only the container port is exposed. Variables are expanded where the
 * Dockerfile fixes their value; a colon inside a {@code ${VAR:-default}} reference is not a separator.
 */
public final class ExposeInvalidFormat implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL120", "expose-invalid-format", Severity.WARNING,
            "An EXPOSE port has a host IP or a host-port mapping, which EXPOSE ignores.").alias("ExposeInvalidFormat");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> i.effective() instanceof Instruction.Expose);
        scopes.forEach((i, scope) -> {
            for (Word port : ((Instruction.Expose) i.effective()).ports()) {
                String written = port.value();
                String value = !port.isLiteral()
                        ? scope.variables().resolve(written).orElseGet(() -> withoutReferences(written)) : written;
                int colon = value.lastIndexOf(':');
                if (colon < 0) {
                    continue;
                }
                String container = value.substring(colon + 1);
                reporter.report(port.span(), "EXPOSE " + written + " has a "
                        + (value.indexOf(':') < colon ? "host IP and a host port" : "host port")
                        + ", which EXPOSE ignores: it only documents the container's port; write EXPOSE "
                        + (container.isEmpty() ? "<port>" : container)
                        + " and publish the host side at run time (docker run -p, Compose ports:)");
            }
        });
    }

    /** The text with each variable reference removed, so that {@code ${PORT:-80}} leaves no colon behind. */
    private static String withoutReferences(String text) {
        return text.replaceAll("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*", "");
    }
}
