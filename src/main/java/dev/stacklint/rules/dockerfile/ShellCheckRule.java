package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.rule.BackgroundDockerfileRule;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;
import dev.stacklint.shellcheck.Comment;
import dev.stacklint.shellcheck.RunScripts;
import dev.stacklint.shellcheck.ShellCheck;
import dev.stacklint.shellcheck.ShellScript;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * SL140: every shell-form RUN script checked by ShellCheck, when a {@code shellcheck} binary is on the PATH; its
 * findings keep ShellCheck's codes (SC2086...), as hadolint reports them, at the exact line and column.
 */
public final class ShellCheckRule implements BackgroundDockerfileRule {
    public static final RuleMeta META = new RuleMeta("SL140", "shellcheck", Severity.WARNING,
            "A RUN script has a problem ShellCheck finds; reported under ShellCheck's own code (SC2086...).");
    private static final Pattern SC = Pattern.compile("SC[0-9]{4}");
    /** More RUNs than any real Dockerfile has: past this, a generated or hostile file is not worth a minute of ShellCheck. */
    static final int MAX_SCRIPTS = 500;

    /**
     * ShellCheck's "undefined in POSIX sh" codes for what BusyBox's ash (Alpine's {@code /bin/sh}, built with its
     * bash compatibility) runs: {@code [[ ]]} (SC3010), {@code ==} in {@code [ ]} (SC3014), {@code $'...'} (SC3003),
     * {@code ${v:1:2}} (SC3057), {@code ${v/a/b}} (SC3060), {@code local} (SC3043), {@code source} (SC3046, SC3051)
     * and {@code echo -e/-n} (SC3037). ShellCheck 0.10's {@code busybox} dialect knows them; older ones do not.
     */
    private static final Set<Integer> BUSYBOX_HAS = Set.of(3010, 3014, 3003, 3057, 3060, 3043, 3046, 3051, 3037);

    private final Supplier<Optional<ShellCheck>> binary;

    public ShellCheckRule() {
        this(ShellCheck::onPath);
    }

    /** With another way to find the program (tests use a stand-in). */
    public ShellCheckRule(Supplier<Optional<ShellCheck>> binary) {
        this.binary = binary;
    }

    /**
     * The rule of one ShellCheck code: its findings pass through under {@code SCnnnn}, an alias of this rule names
     * it too, so that {@code ignore: [SC2086]} turns off one code and {@code ignore: [shellcheck]} all of them.
     */
    public static Optional<RuleMeta> code(String text) {
        String c = text.trim().toUpperCase(Locale.ROOT);
        if (!SC.matcher(c).matches()) {
            return Optional.empty();
        }
        return Optional.of(new RuleMeta(c, c.toLowerCase(Locale.ROOT), Severity.WARNING, Target.DOCKERFILE,
                "ShellCheck's " + c + " in a RUN script: https://www.shellcheck.net/wiki/" + c, Category.CORRECTNESS,
                true, List.of(META.code(), META.name()), null));
    }

    /** The {@code --verbose} note: which ShellCheck checks RUN scripts, or how to get one. */
    public static String note(Optional<ShellCheck> shellcheck) {
        return shellcheck.map(s -> "ShellCheck " + s.binary() + " checks RUN scripts (SL140, SCxxxx codes)")
                .orElse("ShellCheck is not on the PATH, so RUN scripts are not checked (SL140, SCxxxx codes); "
                        + "install it, e.g. apt-get install shellcheck");
    }

    @Override
    public Runnable start(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Optional<ShellCheck> shellcheck = binary.get();
        List<ShellScript> all = RunScripts.of(dockerfile);
        List<ShellScript> scripts = all.subList(0, Math.min(all.size(), MAX_SCRIPTS));
        if (shellcheck.isEmpty() || scripts.isEmpty()) {
            return () -> {
            };
        }
        ShellCheck.Pending run = shellcheck.get().submit(scripts);
        SourceFile source = dockerfile.source(); // not the model: a batch keeps thousands of these until the end
        return () -> {
            for (Comment c : run.comments()) {
                ShellScript script = scripts.get(c.script());
                if (script.busybox() && BUSYBOX_HAS.contains(c.code())) {
                    continue;
                }
                int start = script.offset(c.line(), c.column());
                int end = Math.max(start, script.offset(c.endLine(), c.endColumn()));
                reporter.passthrough(code("SC%04d".formatted(c.code())).orElseThrow())
                        .report(source, new Span(start, end), severity(c.level()), c.message());
            }
        };
    }

    private static Severity severity(String level) {
        return switch (level) {
            case "error" -> Severity.ERROR;
            case "info" -> Severity.INFO;
            case "style" -> Severity.STYLE;
            default -> Severity.WARNING;
        };
    }
}
