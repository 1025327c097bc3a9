package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;
import java.util.Set;

/**
 * DL3015: {@code apt-get install} without {@code --no-install-recommends} (or
 * {@code -o APT::Install-Recommends=false}). Settings in APT configuration files are not seen.
 */
public final class AptGetNoInstallRecommends extends AptGetRule {
    static final RuleMeta META = new RuleMeta("DL3015", "apt-get-no-install-recommends", Severity.INFO, "apt-get install without --no-install-recommends pulls in packages nobody asked for.").in(Category.PERFORMANCE)
            .fixable(Fix.Safety.UNSAFE);

    private static final Set<String> OFF = Set.of("false", "0", "no", "off");
    private static final String SETTING = "apt::install-recommends=";

    @Override
    boolean shippedOnly() {
        return true;
    }

    @Override
    void check(Instruction.Run run, PackageCommand install, Reporter reporter) {
        boolean off = install.hasLong("--no-install-recommends") || install.settings().stream()
                .map(s -> s.toLowerCase(Locale.ROOT))
                .anyMatch(s -> s.startsWith(SETTING) && OFF.contains(s.substring(SETTING.length())));
        if (!off) {
            reporter.report(install.verb().span(), "apt-get install also installs every recommended package, "
                    + "which makes the image bigger: add --no-install-recommends (and name what you need)",
                    // unsafe: a recommended package the image needs (ca-certificates for curl) may go missing
                    addOption(run, install, "--no-install-recommends", Fix.Safety.UNSAFE));
        }
    }
}
