package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Arguments;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.dockerfile.shell.ShellParser;
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
import java.util.Optional;

/**
 * SL151: the image's command is {@code uv run ...} without {@code --no-sync} (nor UV_NO_SYNC set), so every container
 * start checks the lock and syncs the environment first. Only the stages that become images are read, and of each
 * the ENTRYPOINT (or, when it has none, the CMD) its stage chain ends with.
 */
public final class UvRunSyncsAtStart implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("SL151", "uv-run-syncs-at-start", Severity.INFO,
            "The container command is uv run, which syncs the environment at every start.").in(Category.PERFORMANCE);

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Stage stage : builds.runningStages(dockerfile)) {
            if (Scope.endOf(dockerfile, stage).variables().env().containsKey("UV_NO_SYNC")) {
                continue;
            }
            List<Instruction> chain = dockerfile.chain(stage).stream().flatMap(s -> s.instructions().stream())
                    .map(Instruction::effective).toList();
            Optional<Arguments> entrypoint = last(chain, Instruction.Entrypoint.class).map(Instruction.Entrypoint::command);
            Optional<Arguments> command = entrypoint.filter(e -> !(e instanceof Arguments.Exec x && x.args().isEmpty()))
                    .or(() -> last(chain, Instruction.Cmd.class).map(Instruction.Cmd::command));
            command.flatMap(UvRunSyncsAtStart::uvRun).ifPresent(span -> reporter.report(span, "uv run syncs the"
                    + " environment at every container start (checking uv.lock, installing what is missing, the dev"
                    + " group included unless the build left it out the same way): pass --no-sync, or put the"
                    + " virtual environment's bin folder on PATH and run the program itself"));
        }
    }

    private static <T extends Instruction> Optional<T> last(List<Instruction> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b);
    }

    /** The span of a {@code uv run} the command starts with (through {@code sh -c} shell forms), if it does. */
    private static Optional<Span> uvRun(Arguments command) {
        return switch (command) {
            case Arguments.Exec exec -> {
                List<String> words = exec.args().stream().map(Word::value).toList();
                yield syncs(words) ? Optional.of(exec.span()) : Optional.empty();
            }
            case Arguments.ShellForm shell -> ShellParser.parse(shell.text(), shell.span().start()).stream()
                    .filter(c -> syncs(c.words().stream().map(ShellWord::value).toList())).findFirst()
                    .map(SimpleCommand::span);
        };
    }

    /** {@code uv run} (not {@code uv tool run}) without {@code --no-sync} among uv's options. */
    private static boolean syncs(List<String> words) {
        if (words.size() < 2 || !words.get(0).substring(words.get(0).lastIndexOf('/') + 1).equals("uv")) {
            return false;
        }
        List<String> options = words.subList(1, words.size()).stream().takeWhile(w -> !w.equals("--")).toList();
        return options.stream().filter(w -> !w.startsWith("-")).findFirst().filter("run"::equals).isPresent()
                && !options.contains("--no-sync");
    }
}
