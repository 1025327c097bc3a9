package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A command's options read the way getopt reads them: long options alone or as {@code --name=value}, and bundles of
 * short options read up to the first letter that takes a value (in {@code -sLo-} the {@code -} after {@code o} is
 * o's value, not an option). Options end at {@code --}.
 */
final class CommandOptions {
    private CommandOptions() {
    }

    /**
     * The word holding an apt configuration setting ({@code -o Acquire::Retries=3}, also as {@code -oX},
     * {@code --option X}, {@code --option=X}) that {@code setting} matches whole.
     */
    static Optional<ShellWord> aptSetting(SimpleCommand c, Pattern setting) {
        List<ShellWord> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            boolean separate = (v.equals("-o") || v.equals("--option")) && i + 1 < args.size();
            String value = separate ? args.get(i + 1).value()
                    : v.startsWith("--option=") ? v.substring(9) : v.startsWith("-o") ? v.substring(2) : "";
            if (setting.matcher(value).matches()) {
                return Optional.of(separate ? args.get(i + 1) : args.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The command only asks the program about itself ({@code curl --version}, {@code wget -V}, {@code wget --help}):
     * it downloads nothing, as a Dockerfile's summary of the installed tools does.
     */
    static boolean aboutItself(SimpleCommand c) {
        return !c.args().isEmpty() && c.args().stream().map(ShellWord::value)
                .allMatch(v -> v.equals("--version") || v.equals("-V") || v.equals("--help") || v.equals("-h"));
    }

    /** The word that gives one of the long options, alone or as {@code --name=value}. */
    static Optional<ShellWord> longOption(SimpleCommand c, Set<String> names) {
        for (ShellWord w : c.args()) {
            String v = w.value();
            if (v.equals("--")) {
                break;
            }
            int eq = v.indexOf('=');
            if (v.startsWith("--") && names.contains(eq < 0 ? v : v.substring(0, eq))) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** The value of a long option: after its {@code =}, or the next word. */
    static Optional<String> longValue(SimpleCommand c, Set<String> names) {
        List<ShellWord> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("--")) {
                break;
            }
            int eq = v.indexOf('=');
            if (v.startsWith("--") && names.contains(eq < 0 ? v : v.substring(0, eq))) {
                return eq >= 0 ? Optional.of(v.substring(eq + 1))
                        : i + 1 < args.size() ? Optional.of(args.get(i + 1).value()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The word holding short option {@code letter}, alone or bundled; {@code takesValue} lists the letters whose
     * value follows (in the same word, or the next word when the letter ends its bundle), which are skipped.
     */
    static Optional<ShellWord> shortOption(SimpleCommand c, char letter, String takesValue) {
        return find(c, letter, takesValue).map(Found::word);
    }

    /** The value given to short option {@code letter}: the rest of its bundle, or the next word. */
    static Optional<String> shortValue(SimpleCommand c, char letter, String takesValue) {
        return find(c, letter, takesValue).flatMap(Found::value);
    }

    private record Found(ShellWord word, Optional<String> value) {
    }

    private static Optional<Found> find(SimpleCommand c, char letter, String takesValue) {
        List<ShellWord> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("--")) {
                break;
            }
            if (v.length() < 2 || v.charAt(0) != '-' || v.charAt(1) == '-') {
                continue;
            }
            for (int j = 1; j < v.length(); j++) {
                char ch = v.charAt(j);
                boolean valued = takesValue.indexOf(ch) >= 0;
                if (ch == letter) {
                    Optional<String> value = !valued ? Optional.empty()
                            : j + 1 < v.length() ? Optional.of(v.substring(j + 1))
                            : i + 1 < args.size() ? Optional.of(args.get(i + 1).value()) : Optional.empty();
                    return Optional.of(new Found(args.get(i), value));
                }
                if (valued) {
                    i += j + 1 == v.length() ? 1 : 0;
                    break;
                }
            }
        }
        return Optional.empty();
    }
}
