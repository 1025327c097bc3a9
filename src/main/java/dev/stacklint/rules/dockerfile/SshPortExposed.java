package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;
import java.util.Optional;

/**
 * SL133: an image that ships EXPOSEs port 22 ({@code 22}, {@code 22/tcp}, or a variable whose known value is 22), the
 * SSH port. Builder stages are not judged: their EXPOSE never reaches a container.
 */
public final class SshPortExposed implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("SL133", "ssh-port-exposed", Severity.INFO,
            "The image EXPOSEs port 22, the SSH port.").in(Category.SECURITY).alias("CKV_DOCKER_1", "DS004");

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : ShippedInstructions.of(dockerfile, builds)) {
            if (!(instruction.effective() instanceof Instruction.Expose expose)) {
                continue;
            }
            for (Word port : expose.ports()) {
                Optional<String> value = !port.isLiteral()
                        ? Scope.before(dockerfile, instruction).variables().resolve(port.value())
                        : Optional.of(port.value());
                if (value.filter(SshPortExposed::isSsh).isPresent()) {
                    reporter.report(port.span(), "EXPOSE " + port.value() + " offers SSH into the container: an sshd"
                            + " is one more service to patch and a way in that bypasses the runtime; get a shell with"
                            + " docker exec (or kubectl exec) instead, unless the image is an SSH server by design");
                }
            }
        }
    }

    private static boolean isSsh(String port) {
        String p = port.strip().toLowerCase(Locale.ROOT);
        return p.equals("22") || p.equals("22/tcp");
    }
}
