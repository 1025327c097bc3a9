package dev.stacklint.project.command;

import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.dockerfile.shell.WordPart;
import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs shell text as the shell reads it, knowing nothing of the programs: its simple commands in order, variable
 * assignments and {@code export}, each word expanded with the environment known at lint time ({@code "$@"} the
 * script's arguments). Each command that runs a program goes to a {@link Runner}, which knows the launchers.
 */
final class ShellInterpreter {
    static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

    /** Receives each program the script runs, with the environment it runs in. */
    @FunctionalInterface
    interface Runner {
        /**
         * @param foreground  the command is the last of the script or runs in the background, so that it may be
         *                    the process that keeps running
         * @param conditional the command runs only when another succeeds or fails ({@code a && b})
         */
        void run(List<Arg> argv, CommandContext ctx, boolean foreground, boolean conditional);
    }

    private ShellInterpreter() {
    }

    /** Runs the script {@code text}; {@code positional} is what {@code $@} expands to. */
    static void run(Arg text, List<Arg> positional, CommandContext ctx, Runner runner) {
        Map<String, EnvVar> shellVars = new LinkedHashMap<>();
        List<SimpleCommand> commands = ShellParser.script(text.value());
        for (int k = 0; k < commands.size(); k++) {
            SimpleCommand c = commands.get(k);
            command(c, k == commands.size() - 1, text, positional, ctx, shellVars, runner);
        }
    }

    /** One simple command of a script: assignments, {@code export}, or a program to run. */
    private static void command(SimpleCommand c, boolean last, Arg text, List<Arg> positional, CommandContext ctx,
                                Map<String, EnvVar> shellVars, Runner runner) {
        CommandContext scope = ctx.with(shellVars);
        List<ShellWord> words = c.words();
        Map<String, EnvVar> prefix = new LinkedHashMap<>();
        for (ShellWord w : c.assignments()) {
            EnvVar v = assignment(w, text, scope, positional);
            prefix.put(v.name(), v);
        }
        if (words.isEmpty()) {
            shellVars.putAll(prefix);
            return;
        }
        if (words.get(0).expandsNothing() && words.get(0).value().equals("export")) {
            for (ShellWord w : words.subList(1, words.size())) {
                if (isAssignment(w)) {
                    EnvVar v = assignment(w, text, scope, positional);
                    shellVars.put(v.name(), v);
                }
            }
            return;
        }
        List<Arg> argv = new ArrayList<>();
        for (ShellWord w : words) {
            argv.addAll(expand(w, text, scope, positional));
        }
        // A command followed by more foreground commands is expected to finish, unless it is a known server
        // (nginx and `service x start` put themselves in the background).
        runner.run(argv, scope.with(prefix), last || c.background(), c.conditional());
    }

    /** {@code NAME=value} after quote removal ({@code export "A=b"} assigns too). */
    private static boolean isAssignment(ShellWord w) {
        return !w.parts().isEmpty() && w.parts().get(0) instanceof WordPart.Text t
                && ASSIGNMENT.matcher(t.text()).matches();
    }

    private static EnvVar assignment(ShellWord w, Arg text, CommandContext ctx, List<Arg> positional) {
        Arg whole = expand(w, text, ctx, positional).get(0);
        String v = whole.value();
        String name = v.substring(0, v.indexOf('='));
        return whole.dynamic() ? new EnvVar(name, Optional.empty(), Optional.of(whole.origin()))
                : EnvVar.known(name, v.substring(name.length() + 1), whole.origin());
    }

    /** A word's value(s): {@code "$@"} alone splats the script's arguments; anything else is one word. */
    private static List<Arg> expand(ShellWord w, Arg text, CommandContext ctx, List<Arg> positional) {
        Origin origin = text.locate(w.span().start(), w.span().end());
        if (w.parts().size() == 1 && w.parts().get(0) instanceof WordPart.Arguments) {
            return positional;
        }
        StringBuilder value = new StringBuilder();
        boolean dynamic = text.dynamic();
        for (WordPart p : w.parts()) {
            switch (p) {
                case WordPart.Text t -> value.append(t.text());
                case WordPart.Variable v -> {
                    Optional<String> resolved = resolve(v, ctx);
                    dynamic |= resolved.isEmpty();
                    value.append(resolved.orElse("$" + v.name()));
                }
                case WordPart.Arguments a -> {
                    dynamic |= positional.stream().anyMatch(Arg::dynamic);
                    value.append(String.join(" ", positional.stream().map(Arg::value).toList()));
                }
                case WordPart.Dynamic d -> {
                    dynamic = true;
                    value.append('$');
                }
            }
        }
        return List.of(new Arg(value.toString(), origin, dynamic));
    }

    /** A variable's expansion, when the environment makes it certain. */
    private static Optional<String> resolve(WordPart.Variable v, CommandContext ctx) {
        Optional<EnvVar> var = ctx.env(v.name());
        if (var.isPresent() && var.get().value().isEmpty()) {
            return Optional.empty();
        }
        boolean set = var.isPresent();
        String value = var.map(e -> e.value().orElseThrow()).orElse("");
        boolean colon = v.op().startsWith(":");
        boolean useValue = colon ? !value.isEmpty() : set;
        Optional<String> word = v.word().contains("$") || v.word().contains("`") ? Optional.empty()
                : Optional.of(v.word());
        return switch (v.op()) {
            case "" -> set ? Optional.of(value) : Optional.empty();
            case ":-", "-", ":=", "=" -> useValue ? Optional.of(value) : word;
            case ":+", "+" -> useValue ? word : Optional.of("");
            default -> useValue ? Optional.of(value) : Optional.empty();
        };
    }
}
