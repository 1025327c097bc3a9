package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Set;

/**
 * SL232: a bind mount of a host system folder itself ({@code /}, {@code /etc}, {@code /proc}...). Files inside
 * them ({@code /etc/localtime:/etc/localtime:ro}) are not reported; a read-only mount of a whole system folder
 * (as node-exporter and cAdvisor take {@code /proc} and {@code /sys}) is info rather than a warning.
 */
public final class SensitiveHostMount implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL232", "sensitive-host-mount", Severity.WARNING,
            "A service bind-mounts a host system folder such as /, /etc, /proc or /var/lib/docker.")
            .in(Category.SECURITY);
    private static final Set<String> SYSTEM_FOLDERS = Set.of("/", "/etc", "/proc", "/sys", "/root", "/boot", "/dev",
            "/var/lib/docker", "/var/run", "/run", "/usr", "/lib", "/bin", "/sbin", "/var/lib/kubelet");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            for (VolumeMount v : service.volumes()) {
                if (v.type() != VolumeMount.Type.BIND || v.source().isEmpty()) {
                    continue;
                }
                String folder = normalized(v.source().get().value());
                if (!SYSTEM_FOLDERS.contains(folder)) {
                    continue;
                }
                if (v.readOnly()) {
                    reporter.report(v.origin().file(), v.origin().span(), Severity.INFO, "`" + service.name().value()
                            + "` mounts the host's " + folder + " read-only: it can read everything there (keys, "
                            + "other containers' data); mount only the files it needs");
                } else {
                    reporter.report(v.origin().file(), v.origin().span(), "`" + service.name().value()
                            + "` mounts the host's " + folder + " writable: a process in the container can change the"
                            + " host itself; mount only the files it needs, read-only (`:ro`)");
                }
            }
        }
    }

    private static String normalized(String source) {
        String s = source.trim();
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
