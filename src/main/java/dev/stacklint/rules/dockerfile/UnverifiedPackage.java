package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Heredoc;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SL131: a package manager told not to check signatures: {@code apk --allow-untrusted}, {@code apt-get
 * --allow-unauthenticated} / {@code --force-yes} / {@code --allow-insecure-repositories} (or the same {@code -o}
 * settings), {@code --nogpgcheck}, {@code rpm --nosignature} / {@code --nodigest}, {@code --setopt=gpgcheck=0}; and
 * the same written into repository or apt configuration by {@code echo}/{@code printf}, a {@code sed} replacement or
 * a heredoc ({@code gpgcheck=0}, {@code sslverify=0}, {@code deb [trusted=yes] ...}). Each line of configuration is
 * judged whole, so {@code repo_gpgcheck=0} (the default of most distributions) is not {@code gpgcheck=0}.
 */
public final class UnverifiedPackage implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL131", "unverified-package", Severity.WARNING,
            "A package manager is told to skip signature checks (--allow-untrusted, --allow-unauthenticated,"
                    + " --nogpgcheck, gpgcheck=0...).").in(Category.SECURITY)
            .alias("CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11",
                    "CKV2_DOCKER_15");

    private static final String FIX = "a tampered or substituted package would be installed without complaint";
    private static final Set<String> APT = Set.of("apt-get", "apt", "aptitude");
    private static final Set<String> RPM_FAMILY = Set.of("yum", "dnf", "microdnf", "tdnf", "zypper", "rpm",
            "yum-config-manager");
    private static final Set<String> APT_FLAGS = Set.of("--allow-unauthenticated", "--force-yes",
            "--allow-insecure-repositories");
    private static final Set<String> RPM_FLAGS = Set.of("--nogpgcheck", "--no-gpgcheck", "--no-gpg-checks",
            "--nosignature", "--nodigest", "--nofiledigest");
    private static final Pattern APT_SETTING = Pattern.compile(
            "(?i)(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)=(true|1|yes)");
    private static final Pattern SETOPT = Pattern.compile("(?i)([^=\\s]+\\.)?(gpgcheck|sslverify)=(0|false|no|off)");
    /** One line of repository or apt configuration that turns a check off. */
    private static final Pattern CONFIG_LINE = Pattern.compile("(?i)(?:(gpgcheck|sslverify)\\s*=\\s*[\"']?(0|false|no|off)"
            + "[\"']?|deb(?:-src)?\\s+\\[[^]]*\\b(trusted)=yes\\b[^]]*].*"
            + "|(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)\\s+\"?(true|1|yes)\"?\\s*;?)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R|\\\\n");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Run run) {
                run.commands().forEach(c -> check(c, reporter));
                run.heredocs().forEach(h -> check(h, reporter));
            }
        }
    }

    private static void check(SimpleCommand c, Reporter reporter) {
        String program = c.program().orElse("");
        Optional<ShellWord> flag = Optional.empty();
        if (program.equals("apk")) {
            flag = CommandOptions.longOption(c, Set.of("--allow-untrusted"));
        } else if (APT.contains(program)) {
            flag = CommandOptions.longOption(c, APT_FLAGS).or(() -> CommandOptions.aptSetting(c, APT_SETTING));
        } else if (RPM_FAMILY.contains(program)) {
            flag = CommandOptions.longOption(c, RPM_FLAGS).or(() -> setopt(c));
        }
        if (flag.isPresent()) {
            reporter.report(flag.get().span(), "`" + program + " " + flag.get().value() + "` skips package "
                    + "signature or TLS checks: " + FIX + "; import the repository's signing key instead");
            return;
        }
        switch (program) {
            case "echo", "printf" -> written(c, reporter);
            case "sed" -> c.args().forEach(w -> sedReplacement(w, reporter));
            default -> {
            }
        }
    }

    /** {@code --setopt=gpgcheck=0}, {@code --setopt=*.sslverify=false}, {@code --setopt X}. */
    private static Optional<ShellWord> setopt(SimpleCommand c) {
        List<ShellWord> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            String value = v.equals("--setopt") && i + 1 < args.size() ? args.get(i + 1).value()
                    : v.startsWith("--setopt=") ? v.substring(9) : "";
            if (SETOPT.matcher(value).matches()) {
                return Optional.of(v.equals("--setopt") ? args.get(i + 1) : args.get(i));
            }
        }
        return Optional.empty();
    }

    /** {@code echo "gpgcheck=0" >> /etc/yum.conf}, {@code echo "deb [trusted=yes] http://... ./" > x.list}. */
    private static void written(SimpleCommand c, Reporter reporter) {
        List<ShellWord> args = c.args().stream().filter(w -> !w.value().matches("-[neE]+")).toList();
        String text = String.join(" ", args.stream().map(ShellWord::value).toList());
        for (String line : LINE_BREAK.split(text)) {
            Matcher m = CONFIG_LINE.matcher(line.strip());
            if (m.matches()) {
                String key = key(m);
                args.stream().filter(w -> w.value().toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT)))
                        .findFirst().ifPresent(w -> report(w.span(), m, reporter));
                return;
            }
        }
    }

    /** The replacement of a {@code sed} substitution ({@code s/gpgcheck=1/gpgcheck=0/}). */
    private static void sedReplacement(ShellWord word, Reporter reporter) {
        String v = word.value();
        if (v.length() < 4 || v.charAt(0) != 's' || Character.isLetterOrDigit(v.charAt(1)) || v.charAt(1) == '\\') {
            return;
        }
        String[] parts = v.substring(2).split("(?<!\\\\)" + Pattern.quote(String.valueOf(v.charAt(1))), -1);
        if (parts.length < 2) {
            return;
        }
        for (String line : LINE_BREAK.split(parts[1])) {
            Matcher m = CONFIG_LINE.matcher(line.strip());
            if (m.matches()) {
                report(word.span(), m, reporter);
                return;
            }
        }
    }

    /** A line of a heredoc written to a file ({@code cat > /etc/yum.repos.d/x.repo <<EOF}). */
    private static void check(Heredoc heredoc, Reporter reporter) {
        String body = heredoc.body();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String line = body.substring(start, end);
            String stripped = line.strip();
            Matcher m = CONFIG_LINE.matcher(stripped);
            if (!stripped.isEmpty() && m.matches()) {
                int offset = heredoc.bodySpan().start() + start + line.indexOf(stripped.charAt(0));
                report(new Span(offset, offset + stripped.length()), m, reporter);
            }
            start = end + 1;
        }
    }

    private static String key(Matcher m) {
        for (int g : new int[]{1, 3, 4}) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static void report(Span span, Matcher m, Reporter reporter) {
        String key = key(m).toLowerCase(Locale.ROOT);
        String what = switch (key) {
            case "gpgcheck" -> "gpgcheck=0 turns off package signature checks for that repository";
            case "sslverify" -> "sslverify=0 turns off TLS certificate checks for that repository";
            case "trusted" -> "[trusted=yes] makes apt accept that repository's packages unsigned";
            default -> m.group(4) + " makes apt accept unsigned packages or repositories";
        };
        reporter.report(span, what + ": " + FIX + "; import the repository's signing key (and its CA) instead");
    }
}
