package dev.stacklint.dockerfile;

import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.Shells;
import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.ArrayList;
import java.util.List;

/**
 * The simple commands an instruction runs: from its shell form, its exec form, heredoc scripts, and the
 * script of {@code sh -c '...'} (one level deep or more), each with spans into the file.
 */
public final class ShellCommands {
    private static final int MAX_NESTING = 3;

    private ShellCommands() {
    }

    /**
     * Everything a RUN executes, heredoc scripts included (not heredocs fed to other programs), from the parse of
     * its shell form.
     */
    static List<SimpleCommand> of(Arguments command, List<SimpleCommand> shellForm, List<Heredoc> heredocs) {
        List<SimpleCommand> commands = new ArrayList<>(command instanceof Arguments.ShellForm
                ? withNested(shellForm, 0) : of(command));
        for (Heredoc h : heredocs) {
            if (isScript(h, command, commands)) {
                commands.addAll(parse(h.body(), h.bodySpan().start()));
            }
        }
        return List.copyOf(commands);
    }

    /** The commands of a shell form or an exec form (CMD, ENTRYPOINT, HEALTHCHECK CMD; a RUN has its own). */
    public static List<SimpleCommand> of(Arguments arguments) {
        return switch (arguments) {
            case Arguments.ShellForm s -> parse(s.text(), s.span().start());
            case Arguments.Exec e -> {
                if (e.args().isEmpty()) {
                    yield List.of();
                }
                List<ShellWord> words = e.args().stream().map(ShellCommands::word).toList();
                SimpleCommand command = new SimpleCommand(List.of(), words, e.span());
                yield withNested(List.of(command), 0);
            }
        };
    }

    /** Shell text to commands, {@code sh -c} scripts included. */
    public static List<SimpleCommand> parse(String text, int base) {
        return withNested(ShellParser.parse(text, base), 0);
    }

    /** An exec-form element; its raw text is the JSON string when that has no escapes. */
    private static ShellWord word(Word w) {
        boolean plain = w.span().length() == w.value().length() + 2;
        return new ShellWord(w.value(), plain ? '"' + w.value() + '"' : w.value(), w.span());
    }

    private static List<SimpleCommand> withNested(List<SimpleCommand> commands, int depth) {
        if (depth >= MAX_NESTING) {
            return commands;
        }
        List<SimpleCommand> out = new ArrayList<>();
        for (SimpleCommand c : commands) {
            out.add(c);
            ShellWord script = shellScript(c);
            if (script != null) {
                out.addAll(withNested(nested(script), depth + 1));
            }
        }
        return List.copyOf(out);
    }

    /** The script word of {@code sh -c SCRIPT} / {@code bash -euxc SCRIPT}, or null. */
    private static ShellWord shellScript(SimpleCommand c) {
        if (c.program().filter(Shells::is).isEmpty()) {
            return null;
        }
        List<ShellWord> args = c.args();
        return Shells.invocation(args.stream().map(ShellWord::value).toList()).filter(Shells.Invocation::command)
                .map(i -> args.get(i.operand())).orElse(null);
    }

    /** Parses a script word; spans are exact for a plain or plainly quoted word, the whole word otherwise. */
    private static List<SimpleCommand> nested(ShellWord script) {
        String raw = script.raw();
        String value = script.value();
        boolean quoted = raw.length() == value.length() + 2 && (raw.charAt(0) == '\'' || raw.charAt(0) == '"')
                && raw.charAt(raw.length() - 1) == raw.charAt(0);
        boolean plain = raw.equals(value) && script.span().length() == value.length();
        List<SimpleCommand> parsed = ShellParser.parse(value, script.span().start() + (quoted ? 1 : 0));
        if (quoted || plain) {
            return parsed;
        }
        return parsed.stream().map(c -> c.at(script.span())).toList();
    }

    /**
     * A heredoc is a script when it is the whole command ({@code RUN <<EOF}) or is fed to a shell
     * ({@code RUN bash <<EOF}), unless a shebang names another interpreter.
     */
    private static boolean isScript(Heredoc h, Arguments command, List<SimpleCommand> commands) {
        if (h.body().startsWith("#!")) {
            int nl = h.body().indexOf('\n');
            String shebang = nl < 0 ? h.body() : h.body().substring(0, nl);
            if (!shebang.matches(".*\\b(ba|da|a|z|k)?sh\\b.*")) {
                return false;
            }
        }
        int marker = h.span().start();
        for (SimpleCommand c : commands) {
            if (c.span().contains(marker) && command.span().contains(marker)) {
                return c.program().filter(Shells::is).isPresent();
            }
        }
        return true;
    }
}
