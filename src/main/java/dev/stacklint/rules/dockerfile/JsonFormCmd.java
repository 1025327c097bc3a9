package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Arguments;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.ShellCommands;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.source.SourceFile;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DL3025: CMD or ENTRYPOINT (ONBUILD ones too) written in shell form rather than as a JSON array, in the stages a
 * container runs: the image's stage (the last, and each Compose/bake target) and the stages it is built FROM. A CMD of a
 * builder stage never runs. A shell-form HEALTHCHECK is fine (the check needs the shell, and has no signal to lose),
 * where hadolint's spec warns. A file without FROM is taken as a single stage.
 */
public final class JsonFormCmd implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3025", "json-form-cmd", Severity.WARNING,
            "CMD or ENTRYPOINT is written in shell form instead of a JSON array.").alias("JSONArgsRecommended")
            .fixable(Fix.Safety.UNSAFE);

    /** A word the shell passes on as written: nothing it would expand, split, quote or redirect. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._+@%,:=/-]+");

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        List<Stage> stages = dockerfile.stages();
        if (stages.isEmpty()) {
            dockerfile.instructions().forEach(i -> check(dockerfile, i, reporter));
            return;
        }
        Set<Integer> running = builds.runningChains(dockerfile);
        stages.stream().filter(s -> running.contains(s.index()))
                .forEach(s -> s.instructions().forEach(i -> check(dockerfile, i, reporter)));
    }

    private static void check(Dockerfile dockerfile, Instruction instruction, Reporter reporter) {
        switch (instruction.effective()) {
            case Instruction.Cmd c -> check(dockerfile, "CMD", c.command(), reporter);
            case Instruction.Entrypoint e -> check(dockerfile, "ENTRYPOINT", e.command(), reporter);
            default -> {
            }
        }
    }

    private static void check(Dockerfile dockerfile, String keyword, Arguments command, Reporter reporter) {
        if (!(command instanceof Arguments.ShellForm shell) || shell.text().isBlank()) {
            return;
        }
        reporter.report(shell.span(), keyword + " in shell form runs under /bin/sh -c, so the process does not receive "
                + "signals such as SIGTERM: write it as a JSON array, e.g. " + keyword + " " + suggestion(shell),
                fix(dockerfile, shell));
    }

    /**
     * The JSON array of a command line made only of plain words on one line: no quote, escape, variable, glob,
     * tilde, operator, redirection or comment, and no SHELL instruction in the file (the words would then be another
     * shell's). Unsafe: the program becomes PID 1 and receives the stop signal itself, which is what the rule asks
     * for but changes how the container stops; an ENTRYPOINT in exec form also takes CMD and {@code docker run}
     * arguments it ignored before, and a CMD under an ENTRYPOINT hands it other arguments. Null otherwise.
     */
    private static Fix fix(Dockerfile dockerfile, Arguments.ShellForm shell) {
        List<SimpleCommand> commands = ShellCommands.of(shell);
        SourceFile source = dockerfile.source();
        if (commands.size() != 1 || !commands.get(0).assignments().isEmpty()
                || dockerfile.instructions().stream().anyMatch(i -> i.effective() instanceof Instruction.Shell)
                || source.position(shell.span().start()).line() != source.position(shell.span().end()).line()) {
            return null;
        }
        List<ShellWord> words = commands.get(0).words();
        long written = shell.text().chars().filter(ch -> !Character.isWhitespace(ch)).count();
        if (words.isEmpty() || words.stream().mapToInt(w -> w.raw().length()).sum() != written
                || !words.stream().allMatch(w -> PLAIN.matcher(w.raw()).matches())) {
            return null;
        }
        String json = words.stream().map(w -> "\"" + w.value() + "\"").collect(Collectors.joining(", ", "[", "]"));
        return Fix.unsafe("write it as the JSON array " + json, new Edit(shell.span(), json));
    }

    /** The exec form of a plain command line, or a generic example when shell features are involved. */
    private static String suggestion(Arguments.ShellForm shell) {
        List<SimpleCommand> commands = ShellCommands.of(shell);
        SimpleCommand only = commands.size() == 1 ? commands.get(0) : null;
        if (only != null && only.assignments().isEmpty() && only.words().stream().allMatch(ShellWord::isLiteral)
                && only.span().length() == shell.text().strip().length()
                && only.words().get(only.words().size() - 1).span().end() == only.span().end()) {
            return only.words().stream()
                    .map(w -> "\"" + w.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return "[\"executable\", \"arg\"] (move shell logic into a script)";
    }
}
