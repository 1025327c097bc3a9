package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DL3003: a RUN changes directory with {@code cd}. Reported once per RUN, at the first {@code cd}: the ones after it
 * ({@code cd ..}, {@code cd -}) are the same choice, not new problems. A {@code cd} in a subshell is left alone.
 */
public final class UseWorkdirNotCd extends OncePerRunRule {
    static final RuleMeta META = new RuleMeta("DL3003", "use-workdir-not-cd", Severity.WARNING,
            "RUN changes directory with cd; WORKDIR says it once and for the following instructions too.")
            .in(Category.STYLE).fixable(Fix.Safety.SAFE);

    /** A directory WORKDIR takes as written: absolute, no quote, blank, escape, variable or glob. */
    private static final Pattern ABSOLUTE = Pattern.compile("/[A-Za-z0-9._+@%,:=/-]*");
    /** Instructions that neither read nor change the working directory. */
    private static final Set<Class<?>> INDEPENDENT = Set.of(Instruction.Env.class, Instruction.Arg.class,
            Instruction.Label.class, Instruction.Expose.class, Instruction.User.class, Instruction.StopSignal.class,
            Instruction.Maintainer.class);

    public UseWorkdirNotCd() {
        super("cd");
    }

    /**
     * A {@code cd} in a subshell ({@code (cd build && make)}) is scoped on purpose: it ends with the parenthesis,
     * and the commands after it run where they did before.
     */
    @Override
    boolean counts(SimpleCommand call) {
        return !call.subshell();
    }

    @Override
    String message() {
        return "only lasts until the end of this RUN and hides where the following commands run: set the "
                + "directory with WORKDIR (or give the command an absolute path)";
    }

    @Override
    Span span(SimpleCommand first) {
        return first.span();
    }

    /**
     * {@code RUN cd /app && make} becomes {@code WORKDIR /app} and {@code RUN make}, when that cd is the RUN's only
     * one and its first command, joined by {@code &&}, to a literal absolute path. Safe when a later absolute WORKDIR
     * of the stage sets the directory again before anything reads it; unsafe otherwise, since the following
     * instructions (and the image's CMD) would then run in the new directory.
     */
    @Override
    Fix fix(Dockerfile dockerfile, Instruction instruction, List<SimpleCommand> calls) {
        if (calls.size() != 1 || !(instruction instanceof Instruction.Run run) || !run.heredocs().isEmpty()) {
            return null;
        }
        List<SimpleCommand> shell = run.script().shellForm();
        SimpleCommand cd = calls.get(0);
        if (shell.size() < 2 || !shell.get(0).equals(cd) || !plainCd(run, cd)) {
            return null;
        }
        SourceFile source = dockerfile.source();
        int next = shell.get(1).span().start();
        String continuation = Pattern.quote(String.valueOf(dockerfile.escape())) + "\\r?\\n[ \\t]*";
        Matcher gap = Pattern.compile("[ \\t]*(?:" + continuation + ")?&&[ \\t]*(" + continuation + ")?")
                .matcher(source.slice(new Span(cd.span().end(), next)));
        if (!gap.lookingAt()) {
            return null;
        }
        // up to the next command when only blanks and one line continuation are between; else up to after "&& "
        // (a comment line or a "(" in between stays)
        int end = gap.end() == gap.regionEnd() ? next
                : cd.span().end() + (gap.group(1) == null ? gap.end() : gap.start(1));
        Span removed = new Span(cd.span().start(), end);
        ShellWord dir = cd.words().get(1);
        Fix.Safety safety = resetLater(dockerfile, run) ? Fix.Safety.SAFE : Fix.Safety.UNSAFE;
        int line = workdirLine(dockerfile, run);
        return new Fix(safety, "set the directory with WORKDIR " + dir.value(), List.of(Edit.insert(line,
                indent(source, run) + "WORKDIR " + dir.value() + newline(source, line)), Edit.delete(removed)));
    }

    /** {@code cd DIR} alone: no assignment, redirection or condition, DIR a literal absolute path. */
    private static boolean plainCd(Instruction.Run run, SimpleCommand cd) {
        if (cd.words().size() != 2 || !cd.assignments().isEmpty() || !cd.reserved().isEmpty() || cd.conditional()
                || !cd.after().equals("&&")) {
            return false;
        }
        ShellWord dir = cd.words().get(1);
        return RunEdits.located(run, cd.words().get(0)) && RunEdits.located(run, dir)
                && dir.raw().equals(dir.value()) && ABSOLUTE.matcher(dir.value()).matches()
                && cd.span().end() == dir.span().end();
    }

    /**
     * True when, after {@code run}, the stage sets an absolute WORKDIR before any instruction that reads the working
     * directory, so the new WORKDIR changes nothing but this RUN.
     */
    private static boolean resetLater(Dockerfile dockerfile, Instruction.Run run) {
        for (Stage stage : dockerfile.stages()) {
            int at = stage.instructions().indexOf(run);
            if (at < 0) {
                continue;
            }
            for (Instruction next : stage.instructions().subList(at + 1, stage.instructions().size())) {
                if (next instanceof Instruction.Workdir w && w.path().value().startsWith("/")
                        && w.path().isLiteral()) {
                    return true;
                }
                if (!INDEPENDENT.contains(next.getClass()) && !absoluteCopy(next)) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean absoluteCopy(Instruction i) {
        Optional<Word> destination = switch (i) {
            case Instruction.Copy c -> Optional.of(c.destination());
            case Instruction.Add a -> Optional.of(a.destination());
            default -> Optional.empty();
        };
        return destination.filter(d -> d.value().startsWith("/") && d.isLiteral()).isPresent();
    }

    /** The start of the RUN's line, or of the comment lines right above it (they stay with the RUN they describe). */
    private static int workdirLine(Dockerfile dockerfile, Instruction.Run run) {
        SourceFile source = dockerfile.source();
        Set<Integer> commentLines = dockerfile.comments().stream().filter(c -> c.span().end() <= run.span().start())
                .map(c -> source.position(c.span().start()).line()).collect(Collectors.toSet());
        int previousEnd = dockerfile.instructions().stream().map(Instruction::span)
                .filter(s -> s.end() <= run.span().start()).mapToInt(Span::end).max().orElse(0);
        int line = source.position(run.span().start()).line();
        while (line > 1 && commentLines.contains(line - 1) && source.lineStart(line - 1) >= previousEnd) {
            line--;
        }
        return source.lineStart(line);
    }

    private static String indent(SourceFile source, Instruction.Run run) {
        int start = source.lineStart(source.position(run.span().start()).line());
        String indent = source.slice(new Span(start, run.span().start()));
        return indent.isBlank() ? indent : "";
    }

    /** The line break of the file at {@code lineStart}: that of the line before ({@code \r\n} in a CRLF file). */
    private static String newline(SourceFile source, int lineStart) {
        return lineStart >= 2 && source.text().startsWith("\r\n", lineStart - 2) ? "\r\n" : "\n";
    }
}
