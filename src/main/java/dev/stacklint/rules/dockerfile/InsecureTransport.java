package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.ArgDeclaration;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Interpolation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SL130: a download with TLS certificate checks turned off: {@code curl -k}, {@code wget --no-check-certificate},
 * {@code pip --trusted-host}, {@code npm config set strict-ssl false}, {@code git -c http.sslVerify=false}, or an
 * environment variable that does the same ({@code NODE_TLS_REJECT_UNAUTHORIZED=0}, {@code GIT_SSL_NO_VERIFY},
 * {@code PIP_TRUSTED_HOST}...) set by ENV, an ARG default, a RUN prefix or {@code export}. A value only known when
 * the build runs ({@code $VAR}) is not judged.
 */
public final class InsecureTransport implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL130", "insecure-transport", Severity.WARNING,
            "A download turns off TLS certificate checks (curl -k, wget --no-check-certificate, pip --trusted-host,"
                    + " NODE_TLS_REJECT_UNAUTHORIZED=0...).").in(Category.SECURITY)
            .alias("CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_6",
                    "CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_14", "CKV2_DOCKER_16", "CKV2_DOCKER_18");

    private static final String RISK = "anyone on the network path can then replace what is downloaded";
    /** curl's short options that take a value, so that a {@code k} after one is that value, not {@code -k}. */
    private static final String CURL_VALUES = "AbcCdDeEFHKmoPQrtTuUwxXyYz";
    private static final Pattern PIP = Pattern.compile("pip\\d*(\\.\\d+)?");
    private static final Pattern PYTHON = Pattern.compile("python\\d*(\\.\\d+)?");
    private static final Pattern GIT_SSL_VERIFY = Pattern.compile("(?i)http\\.(.+\\.)?sslverify");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");
    /** apt's {@code Acquire::https::Verify-Peer=false} (per host too: {@code Acquire::https::repo.example::Verify-Host}). */
    private static final Pattern APT_VERIFY = Pattern.compile("(?i)Acquire::https(::[^=]+)?::Verify-(Peer|Host)=(false|0|no)");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            switch (instruction.effective()) {
                case Instruction.Run run -> run.commands().forEach(c -> check(c, reporter));
                case Instruction.Env env -> {
                    for (KeyValue kv : env.pairs()) {
                        variable(kv.key().value(), kv.value().value())
                                .ifPresent(why -> reporter.report(kv.span(), "ENV " + why));
                    }
                }
                case Instruction.Arg arg -> {
                    for (ArgDeclaration d : arg.declarations()) {
                        d.defaultValue().flatMap(v -> variable(d.name().value(), v.value()))
                                .ifPresent(why -> reporter.report(d.span(), "ARG " + why));
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void check(SimpleCommand c, Reporter reporter) {
        for (ShellWord a : c.assignments()) {
            assignment(a, reporter);
        }
        String program = c.program().orElse("");
        if (program.equals("export")) {
            c.args().stream().filter(ShellWord::isAssignment).forEach(a -> assignment(a, reporter));
        }
        Optional<Finding> found = switch (program) {
            case "curl" -> CommandOptions.longOption(c, Set.of("--insecure", "--proxy-insecure"))
                    .or(() -> CommandOptions.shortOption(c, 'k', CURL_VALUES))
                    .map(w -> new Finding(w, "`curl " + w.value() + "` turns off TLS certificate checks: " + RISK
                            + "; remove it (install ca-certificates, or pass your CA with --cacert)"));
            case "wget" -> CommandOptions.longOption(c, Set.of("--no-check-certificate"))
                    .or(() -> CommandOptions.longOption(c, Set.of("--check-certificate"))
                            .filter(w -> !w.value().endsWith("=on")))
                    .map(w -> new Finding(w, "`wget " + w.value() + "` turns off TLS certificate checks: " + RISK
                            + "; remove it (install ca-certificates, or pass your CA with --ca-certificate)"));
            case "npm", "yarn", "pnpm" -> npmStrictSsl(c).map(w -> new Finding(w, "turning off npm's strict-ssl"
                    + " makes " + program + " accept any TLS certificate: " + RISK + "; keep strict-ssl on and set"
                    + " cafile to your registry's CA instead"));
            case "apt-get", "apt", "aptitude" -> CommandOptions.aptSetting(c, APT_VERIFY).map(w -> new Finding(w,
                    "`" + w.value() + "` makes apt skip TLS certificate checks: " + RISK + "; remove it and add your"
                    + " repository's CA to the system store instead (ca-certificates)"));
            case "git" -> gitSslVerify(c).map(w -> new Finding(w, "http.sslVerify=false makes git accept any TLS"
                    + " certificate: " + RISK + "; keep it on and set http.sslCAInfo to your server's CA instead"));
            default -> pipTrustedHost(c).map(w -> new Finding(w, "pip's trusted-host lets pip fetch from that host"
                    + " without TLS checks (or over plain http): " + RISK + "; use an https index with a valid"
                    + " certificate (pass its CA with --cert)"));
        };
        found.ifPresent(f -> reporter.report(f.word().span(), f.message()));
    }

    private record Finding(ShellWord word, String message) {
    }

    private static void assignment(ShellWord word, Reporter reporter) {
        String v = word.value();
        int eq = v.indexOf('=');
        if (eq > 0 && word.isLiteral()) {
            variable(v.substring(0, eq), v.substring(eq + 1)).ifPresent(why -> reporter.report(word.span(), why));
        }
    }

    /** Why setting this variable to this value turns TLS checks off, or empty when it does not. */
    static Optional<String> variable(String name, String value) {
        if (!Interpolation.literal(value) || value.contains("`")) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        String what = switch (name.toUpperCase(Locale.ROOT)) {
            case "GIT_SSL_NO_VERIFY" -> v.isEmpty() ? null : "git";
            case "PIP_TRUSTED_HOST" -> v.isEmpty() ? null : "pip";
            case "PYTHONHTTPSVERIFY" -> v.equals("0") ? "Python's urllib" : null;
            case "NODE_TLS_REJECT_UNAUTHORIZED" -> v.equals("0") ? "Node.js" : null;
            case "NPM_CONFIG_STRICT_SSL" -> FALSE.contains(v) ? "npm" : null;
            case "YARN_ENABLE_STRICT_SSL" -> FALSE.contains(v) ? "yarn" : null;
            case "GOINSECURE" -> v.isEmpty() ? null : "go";
            default -> null;
        };
        return Optional.ofNullable(what).map(w -> name + "=" + (value.isEmpty() ? "" : value.strip()) + " makes " + w
                + " skip TLS certificate checks: " + RISK + "; remove it and trust your CA instead"
                + " (install it under /usr/local/share/ca-certificates and run update-ca-certificates)");
    }

    /** {@code npm config set strict-ssl false}, {@code npm set strict-ssl=false}, {@code --strict-ssl=false}. */
    private static Optional<ShellWord> npmStrictSsl(SimpleCommand c) {
        List<ShellWord> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            String lower = v.toLowerCase(Locale.ROOT);
            if (lower.equals("--no-strict-ssl") || lower.equals("--strict-ssl=false")
                    || lower.equals("--strict-ssl") && i + 1 < args.size() && isFalse(args.get(i + 1))) {
                return Optional.of(args.get(i));
            }
            if (!v.equals("set") || i + 1 >= args.size()) {
                continue;
            }
            String key = args.get(i + 1).value();
            boolean strictSsl = key.equalsIgnoreCase("strict-ssl") || key.equals("enableStrictSsl");
            if (strictSsl && i + 2 < args.size() && isFalse(args.get(i + 2))
                    || key.equalsIgnoreCase("strict-ssl=false")) {
                return Optional.of(args.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** {@code git -c http.sslVerify=false ...}, {@code git config --global http.sslVerify false}. */
    private static Optional<ShellWord> gitSslVerify(SimpleCommand c) {
        List<ShellWord> args = c.args();
        boolean config = false;
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            int eq = v.indexOf('=');
            if (v.equals("-c") && i + 1 < args.size()) {
                String setting = args.get(i + 1).value();
                int e = setting.indexOf('=');
                if (e > 0 && GIT_SSL_VERIFY.matcher(setting.substring(0, e)).matches()
                        && FALSE.contains(setting.substring(e + 1).toLowerCase(Locale.ROOT))) {
                    return Optional.of(args.get(i + 1));
                }
                i++;
            } else if (v.equals("config")) {
                config = true;
            } else if (config && eq < 0 && GIT_SSL_VERIFY.matcher(v).matches() && i + 1 < args.size()
                    && isFalse(args.get(i + 1))) {
                return Optional.of(args.get(i));
            }
        }
        return Optional.empty();
    }

    /** {@code pip install --trusted-host h}, {@code python -m pip ...}, {@code pip config set global.trusted-host h}. */
    private static Optional<ShellWord> pipTrustedHost(SimpleCommand c) {
        String program = c.program().orElse("");
        List<ShellWord> args = c.args();
        boolean pip = PIP.matcher(program).matches();
        boolean moduleRun = PYTHON.matcher(program).matches() && args.size() > 1
                && args.get(0).value().equals("-m") && args.get(1).value().equals("pip");
        boolean uv = program.equals("uv") && !args.isEmpty() && args.get(0).value().equals("pip");
        if (!pip && !moduleRun && !uv) {
            return Optional.empty();
        }
        Optional<ShellWord> option = CommandOptions.longOption(c, Set.of("--trusted-host", "--allow-insecure-host"));
        if (option.isPresent()) {
            return option;
        }
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).value().equals("set") && args.get(i + 1).value().endsWith("trusted-host")) {
                return Optional.of(args.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean isFalse(ShellWord w) {
        return FALSE.contains(w.value().toLowerCase(Locale.ROOT));
    }
}
