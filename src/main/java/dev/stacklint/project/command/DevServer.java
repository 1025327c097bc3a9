package dev.stacklint.project.command;

import java.util.List;
import java.util.Map;

/**
 * A framework's development server, as {@code rules/data/dev-servers.yaml} describes it: how to recognise its
 * command line and what to run in production instead.
 *
 * @param label        how messages name the command ({@code next dev})
 * @param what         completes "LABEL ...": what the command is
 * @param production   what to run instead
 * @param programs     the program's base names
 * @param commands     alternatives for the leading positional words, space-separated ({@code ""}: none at all);
 *                     empty when any will do
 * @param except       first positional words that make it another command
 * @param options      options one of which must be present; empty when none is needed
 * @param optionValues options one of which must have the given value
 * @param anywhere     words one of which must be among the arguments
 */
public record DevServer(String label, String what, String production, List<String> programs, List<String> commands,
                        List<String> except, List<String> options, Map<String, String> optionValues,
                        List<String> anywhere) {

    /** Whether {@code program args...} starts this server. */
    boolean matches(String program, List<String> values) {
        if (!programs.contains(program.replaceFirst("\\.(cmd|sh)$", ""))) {
            return false;
        }
        List<String> positionals = values.stream().takeWhile(v -> !v.equals("--")).filter(v -> !v.startsWith("-"))
                .toList();
        String first = positionals.isEmpty() ? "" : positionals.get(0);
        return (commands.isEmpty() || commands.stream().anyMatch(c -> leads(positionals, c)))
                && !except.contains(first)
                && (options.isEmpty() || values.stream().anyMatch(v -> options.stream().anyMatch(o -> isOption(v, o))))
                && (optionValues.isEmpty() || hasOptionValue(values))
                && (anywhere.isEmpty() || values.stream().anyMatch(anywhere::contains));
    }

    private static boolean leads(List<String> positionals, String command) {
        List<String> words = command.isEmpty() ? List.of() : List.of(command.split(" "));
        return command.isEmpty() ? positionals.isEmpty()
                : positionals.size() >= words.size() && positionals.subList(0, words.size()).equals(words);
    }

    /** {@code --reload}, {@code --reload=true}; a short option also with its value attached ({@code -S0.0.0.0:80}). */
    private static boolean isOption(String word, String option) {
        return word.equals(option) || word.startsWith(option + "=")
                || (!option.startsWith("--") && word.startsWith(option) && !word.startsWith("--"));
    }

    private boolean hasOptionValue(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            for (Map.Entry<String, String> e : optionValues.entrySet()) {
                String v = values.get(i);
                String o = e.getKey();
                boolean next = v.equals(o) && i + 1 < values.size() && values.get(i + 1).equals(e.getValue());
                boolean attached = v.equals(o + "=" + e.getValue())
                        || (!o.startsWith("--") && v.equals(o + e.getValue()));
                if (next || attached) {
                    return true;
                }
            }
        }
        return false;
    }
}
