package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.regex.Pattern;

/** SL236: {@code devices} that hand the container the host's memory or a whole disk. */
public final class DangerousDevice implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL236", "dangerous-device", Severity.WARNING,
            "A service is given the host's memory or a whole disk as a device.").in(Category.SECURITY);
    private static final Pattern MEMORY = Pattern.compile("/dev/(mem|kmem|port)");
    private static final Pattern DISK = Pattern.compile("/dev/(sd[a-z]+|hd[a-z]+|vd[a-z]+|xvd[a-z]+|nvme\\d+n\\d+"
            + "|mmcblk\\d+|disk/.+|mapper/.+|md\\d+|dm-\\d+)");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            for (Located<String> device : service.isolation().devices()) {
                String host = device.value().split(":", 2)[0].trim();
                if (MEMORY.matcher(host).matches()) {
                    reporter.report(device.file(), device.span(), "`" + service.name().value() + "` is given " + host
                            + ", the host's memory: it can read and change anything on the host; remove it");
                } else if (DISK.matcher(host).matches()) {
                    reporter.report(device.file(), device.span(), "`" + service.name().value() + "` is given the whole"
                            + " disk " + host + ": it can read and rewrite every file system on it; mount only the "
                            + "folders it needs");
                }
            }
        }
    }
}
