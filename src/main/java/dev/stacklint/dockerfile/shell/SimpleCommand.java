package dev.stacklint.dockerfile.shell;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One simple command of a shell script: what stands between {@code &&}, {@code ||}, {@code ;}, {@code |},
 * {@code &} and line breaks, with redirections left out.
 *
 * @param assignments leading {@code NAME=value} words ({@code PIP_NO_CACHE_DIR=1 pip install ...})
 * @param words       the command name and its arguments
 * @param span        from the first word to the last, redirections included
 * @param piped       true when its output goes into a pipe ({@code a | b} or {@code a |& b}: true for {@code a})
 * @param reserved    the reserved words before it ({@code if}, {@code then}, {@code do}, {@code !}, {@code fi}...)
 * @param after       the operator that follows it: {@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &}, or
 *                    empty for a line end or the end of the text
 * @param conditional it runs only under a condition: inside {@code if}/{@code case}/a loop, after {@code ||},
 *                    or after {@code test ... &&}
 * @param subshell    it runs in a subshell, {@code ( ... )}: what it changes in the shell ({@code cd}, variables)
 *                    ends with the parenthesis
 */
public record SimpleCommand(List<ShellWord> assignments, List<ShellWord> words, Span span, boolean piped,
                            List<ShellWord> reserved, String after, boolean conditional, boolean subshell) {

    /** A command whose output does not go into a pipe. */
    public SimpleCommand(List<ShellWord> assignments, List<ShellWord> words, Span span) {
        this(assignments, words, span, false);
    }

    /** A command outside any shell construct, followed by nothing. */
    public SimpleCommand(List<ShellWord> assignments, List<ShellWord> words, Span span, boolean piped) {
        this(assignments, words, span, piped, List.of(), "", false, false);
    }

    /** The same command with its words located at {@code where} (a script nested in a word). */
    public SimpleCommand at(Span where) {
        return new SimpleCommand(assignments.stream().map(w -> w.at(where)).toList(),
                words.stream().map(w -> w.at(where)).toList(), where, piped,
                reserved.stream().map(w -> w.at(where)).toList(), after, conditional, subshell);
    }

    /** The same command, piped. */
    SimpleCommand asPiped() {
        return new SimpleCommand(assignments, words, span, true, reserved, after, conditional, subshell);
    }

    /** It runs in the background ({@code cmd &}). */
    public boolean background() {
        return after.equals("&");
    }

    /** The program's base name ({@code pip} for {@code /usr/local/bin/pip}), if there is a command word. */
    public Optional<String> program() {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String name = words.get(0).value();
        return Optional.of(name.substring(name.lastIndexOf('/') + 1));
    }

    /** The words after the command name. */
    public List<ShellWord> args() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    /**
     * True when the option is given: as a word equal to it, as {@code --name=value} for a long option, or
     * inside a bundle of short options ({@code -qy} holds {@code -y}).
     */
    public boolean hasOption(String option) {
        for (ShellWord w : args()) {
            String v = w.value();
            if (v.equals(option) || (option.startsWith("--") && v.startsWith(option + "="))) {
                return true;
            }
            if (option.length() == 2 && option.charAt(0) == '-' && option.charAt(1) != '-'
                    && v.length() > 2 && v.charAt(0) == '-' && v.charAt(1) != '-'
                    && v.indexOf(option.charAt(1)) > 0 && v.chars().skip(1).allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** The arguments that do not start with {@code -}. */
    public List<ShellWord> operands() {
        return args().stream().filter(w -> !w.value().startsWith("-")).toList();
    }

    /**
     * The arguments from index {@code from} on that do not start with {@code -}, leaving out the word after each
     * option in {@code takesValue} (that option's value).
     */
    public List<ShellWord> operands(int from, Set<String> takesValue) {
        List<ShellWord> args = args();
        List<ShellWord> operands = new ArrayList<>();
        for (int i = from; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.startsWith("-")) {
                i += takesValue.contains(v) ? 1 : 0;
            } else {
                operands.add(args.get(i));
            }
        }
        return operands;
    }
}
