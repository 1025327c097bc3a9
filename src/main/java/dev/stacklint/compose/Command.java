package dev.stacklint.compose;

import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.List;

/**
 * A service's {@code command} or {@code entrypoint}: a list ({@code ["python", "app.py"]}) or a string. Compose
 * does not run a string through a shell: it splits it into words like a shell would ({@link #words()}).
 */
public sealed interface Command {

    Origin origin();

    /** The arguments Compose passes to the container. */
    List<String> words();

    /** {@code command: ["gunicorn", "app:app"]}. */
    record ListForm(List<Located<String>> arguments, Origin origin) implements Command {
        @Override
        public List<String> words() {
            return arguments.stream().map(Located::value).toList();
        }
    }

    /** {@code command: gunicorn app:app}. */
    record StringForm(Located<String> line) implements Command {
        @Override
        public Origin origin() {
            return line.origin();
        }

        @Override
        public List<String> words() {
            return split(line.value());
        }
    }

    /** Splits like POSIX shell words: blanks separate, quotes group, backslash escapes (no expansion). */
    static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < s.length() && "\"\\$`".indexOf(s.charAt(i + 1)) >= 0) {
                    word.append(s.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < s.length()) {
                word.append(s.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
