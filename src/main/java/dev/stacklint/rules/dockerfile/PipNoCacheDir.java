package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Variables;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * DL3042: {@code pip install} without {@code --no-cache-dir}. Quiet when PIP_NO_CACHE_DIR is truthy (ENV in the
 * stage or a stage it builds on, an inline assignment, an earlier {@code export}) or when pip's cache directory
 * is a cache or tmpfs mount of the RUN. Only stages whose layers ship are checked (see {@link ShippedInstructions}):
 * a throwaway builder stage's cache never reaches the image.
 */
public final class PipNoCacheDir implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3042", "pip-no-cache-dir", Severity.WARNING,
            "pip install without --no-cache-dir keeps pip's download cache in the image layer.").in(Category.PERFORMANCE)
            .fixable(Fix.Safety.SAFE);

    private static final Set<String> TRUE = Set.of("1", "true", "yes", "on");
    private static final String VARIABLE = "PIP_NO_CACHE_DIR";

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> i.effective() instanceof Instruction.Run);
        // a throwaway builder stage's cache never reaches the image
        for (Instruction instruction : ShippedInstructions.of(dockerfile, builds)) {
            if (instruction.effective() instanceof Instruction.Run run) {
                Variables variables = scopes.get(instruction).variables();
                if (!disabledByEnv(variables) && !cacheMounted(run, variables)) {
                    check(run, reporter);
                }
            }
        }
    }

    /** pip reads long options by unambiguous prefix, so {@code --no-cache} is {@code --no-cache-dir} too. */
    private static boolean disablesCache(SimpleCommand c) {
        return Stream.of("--no-cache", "--no-cache-d", "--no-cache-di", "--no-cache-dir").anyMatch(c::hasOption);
    }

    private static void check(Instruction.Run run, Reporter reporter) {
        boolean exported = false;
        for (SimpleCommand c : run.commands()) {
            if (c.program().filter("export"::equals).isPresent()) {
                exported |= c.args().stream().anyMatch(PipNoCacheDir::truthyAssignment);
            }
            if (!exported && isPipInstall(c) && !disablesCache(c)
                    && c.assignments().stream().noneMatch(PipNoCacheDir::truthyAssignment)) {
                reporter.report(c.span(), "pip install without --no-cache-dir leaves pip's download cache in the "
                        + "layer: add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1, or use "
                        + "RUN --mount=type=cache,target=/root/.cache/pip)", fix(run, c));
            }
        }
    }

    /**
     * {@code --no-cache-dir} right after {@code install}, when {@code install} is pip's first word that is not an
     * option (after {@code pip --proxy URL} the first such word is the option's value: no fix); null otherwise.
     */
    private static Fix fix(Instruction.Run run, SimpleCommand c) {
        List<ShellWord> args = c.args();
        for (int i = pipArgs(c); i < args.size(); i++) {
            ShellWord w = args.get(i);
            if (!w.value().startsWith("-")) {
                return w.value().equals("install") ? RunEdits.insertAfter(run, w, "--no-cache-dir")
                        .map(e -> Fix.safe("add --no-cache-dir to pip install", e)).orElse(null) : null;
            }
        }
        return null;
    }

    /** {@code pip install}, {@code pip3.12 install}, {@code python3 -m pip install}. */
    static boolean isPipInstall(SimpleCommand c) {
        return isPip(c, "install");
    }

    /** pip running its {@code sub}-command ({@code install}, {@code wheel}, {@code download}). */
    static boolean isPip(SimpleCommand c, String sub) {
        int from = pipArgs(c);
        return from >= 0 && indexOf(c.args(), sub, from) >= 0;
    }

    /**
     * Where pip's own arguments start among the command's: 0 for {@code pip}, {@code pip3}, {@code pip3.12}, after
     * {@code -m pip} for {@code python3 -m pip}; -1 when the command is not pip.
     */
    static int pipArgs(SimpleCommand c) {
        String program = c.program().orElse("");
        List<ShellWord> args = c.args();
        if (isVersioned(program, "python")) {
            int m = indexOf(args, "-m", 0);
            return m < 0 || m + 1 >= args.size() || !isVersioned(args.get(m + 1).value(), "pip") ? -1 : m + 2;
        }
        return isVersioned(program, "pip") ? 0 : -1;
    }

    /** {@code name} followed only by a version: {@code pip}, {@code pip3}, {@code python3.12}. */
    private static boolean isVersioned(String word, String name) {
        return word.startsWith(name) && word.substring(name.length()).chars().allMatch(ch -> ch == '.'
                || Character.isDigit(ch));
    }

    private static int indexOf(List<ShellWord> words, String value, int from) {
        for (int i = from; i < words.size(); i++) {
            if (words.get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean truthyAssignment(ShellWord w) {
        return w.value().startsWith(VARIABLE + "=")
                && TRUE.contains(w.value().substring(VARIABLE.length() + 1).toLowerCase(Locale.ROOT));
    }

    /** ENV PIP_NO_CACHE_DIR truthy, or set to something we cannot read (better quiet than wrong). */
    private static boolean disabledByEnv(Variables variables) {
        Optional<String> declared = variables.env().get(VARIABLE);
        return declared != null && declared.map(v -> TRUE.contains(v.toLowerCase(Locale.ROOT))).orElse(true);
    }

    /** A cache or tmpfs mount on pip's cache directory ({@code ~/.cache/pip}, {@code ~/.cache}, PIP_CACHE_DIR). */
    private static boolean cacheMounted(Instruction.Run run, Variables variables) {
        Optional<String> pipCacheDir = variables.get("PIP_CACHE_DIR").map(CacheMounts::trimSlash);
        return CacheMounts.targets(run, v -> variables.resolve(v).orElse(v)).stream().anyMatch(target ->
                target.endsWith("/.cache/pip") || target.endsWith("/.cache") || pipCacheDir.filter(target::equals)
                        .isPresent());
    }
}
