package dev.stacklint.project.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shell command line read the way {@code sh} reads it, far enough to find the programs it starts:
 * simple commands with their words (quotes, escapes and expansions kept as parts), the operators between them,
 * redirections dropped. Compound commands ({@code if}, {@code while}, {@code { }}) are flattened into the simple
 * commands they contain. Never fails: unterminated quotes end at the end of the text.
 */
public record ShellScript(List<Command> commands) {

    /**
     * A simple command.
     *
     * @param words the words
     * @param after the operator that follows it: {@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &}, or empty
     *              for a line end or the end of the text
     * @param last  nothing follows it
     */
    public record Command(List<Word> words, String after, boolean last) {
        /** It runs in the background ({@code cmd &}). */
        public boolean background() {
            return after.equals("&");
        }
    }

    /**
     * One word as written: {@code start}/{@code end} are offsets into the script text, quotes included.
     */
    public record Word(List<Part> parts, int start, int end) {
        /** The literal text, when the word has no expansion. */
        public Optional<String> literal() {
            StringBuilder sb = new StringBuilder();
            for (Part p : parts) {
                if (!(p instanceof Part.Text t)) {
                    return Optional.empty();
                }
                sb.append(t.text());
            }
            return Optional.of(sb.toString());
        }
    }

    /** A piece of a word. */
    public sealed interface Part {
        /** Text taken as it is (after quote removal). */
        record Text(String text) implements Part {
        }

        /**
         * {@code $NAME} or {@code ${NAME<op><word>}}; {@code op} is empty, {@code :-}, {@code -}, {@code :=},
         * {@code =}, {@code :+}, {@code +}, {@code :?} or {@code ?}.
         */
        record Variable(String name, String op, String word) implements Part {
        }

        /** {@code $@} or {@code $*}: the script's arguments. */
        record Arguments() implements Part {
        }

        /** Something whose value is only known when it runs: {@code $(...)}, backquotes, {@code $1}, {@code $?}. */
        record Dynamic() implements Part {
        }
    }

    public static ShellScript parse(String text) {
        return new Reader(text, false).read();
    }

    /**
     * The words of a command line split the way Compose splits a string {@code command}: blanks separate,
     * quotes group, backslash escapes; no operators, comments or expansions ({@code $} stays as written).
     */
    public static List<Word> words(String text) {
        ShellScript s = new Reader(text, true).read();
        return s.commands().isEmpty() ? List.of() : s.commands().get(0).words();
    }

    private static final class Reader {
        private final String s;
        private int i;
        private final List<Command> commands = new ArrayList<>();
        private List<Word> words = new ArrayList<>();
        private List<Part> parts;
        private StringBuilder text;
        private int wordStart = -1;
        private boolean skipNextWord;
        /** Only quotes and backslashes are special (Compose's splitting of a string command). */
        private final boolean plain;

        Reader(String s, boolean plain) {
            this.s = s;
            this.plain = plain;
        }

        ShellScript read() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r' || (plain && c == '\n')) {
                    endWord();
                    i++;
                } else if (plain) {
                    wordChar(c);
                } else if (c == '\n') {
                    endWord();
                    endCommand("");
                    i++;
                } else if (c == '#' && wordStart < 0) {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == ';' || c == '|' || c == '(' || c == ')') {
                    endWord();
                    boolean doubled = (c == ';' || c == '|') && i + 1 < s.length() && s.charAt(i + 1) == c;
                    endCommand(c == '(' || c == ')' ? ";" : doubled ? "" + c + c : "" + c);
                    i += doubled ? 2 : 1;
                } else if (c == '&') {
                    endWord();
                    if (i + 1 < s.length() && s.charAt(i + 1) == '&') {
                        endCommand("&&");
                        i += 2;
                    } else if (i + 1 < s.length() && s.charAt(i + 1) == '>') {
                        redirect();
                    } else {
                        endCommand("&");
                        i++;
                    }
                } else if (c == '>' || c == '<') {
                    if (isFdNumber()) {
                        wordStart = -1;
                    } else {
                        endWord();
                    }
                    redirect();
                } else {
                    wordChar(c);
                }
            }
            endWord();
            endCommand("");
            if (!commands.isEmpty()) {
                Command lastCommand = commands.get(commands.size() - 1);
                commands.set(commands.size() - 1, new Command(lastCommand.words(), lastCommand.after(), true));
            }
            return new ShellScript(List.copyOf(commands));
        }

        /** The word read so far is a file-descriptor number, so a following {@code >} is a redirection. */
        private boolean isFdNumber() {
            if (wordStart < 0 || !parts.isEmpty() || text.isEmpty()) {
                return false;
            }
            return text.chars().allMatch(Character::isDigit) && i - wordStart == text.length();
        }

        private void redirect() {
            i++;
            while (i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == '<' || s.charAt(i) == '|')) {
                i++;
            }
            if (i < s.length() && s.charAt(i) == '&') {
                i++;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                    i++;
                }
                return;
            }
            skipNextWord = true;
        }

        private void startWord() {
            if (wordStart < 0) {
                wordStart = i;
                parts = new ArrayList<>();
                text = new StringBuilder();
            }
        }

        private void flushText() {
            if (!text.isEmpty()) {
                parts.add(new Part.Text(text.toString()));
                text.setLength(0);
            }
        }

        private void endWord() {
            if (wordStart < 0) {
                return;
            }
            flushText();
            if (skipNextWord) {
                skipNextWord = false;
            } else {
                words.add(new Word(List.copyOf(parts), wordStart, i));
            }
            wordStart = -1;
        }

        private void endCommand(String operator) {
            if (!words.isEmpty()) {
                commands.add(new Command(List.copyOf(words), operator, false));
                words = new ArrayList<>();
            }
        }

        private void wordChar(char c) {
            startWord();
            switch (c) {
                case '\\' -> {
                    if (i + 1 < s.length()) {
                        if (s.charAt(i + 1) != '\n') {
                            text.append(s.charAt(i + 1));
                        }
                        i += 2;
                    } else {
                        i++;
                    }
                }
                case '\'' -> {
                    int close = s.indexOf('\'', i + 1);
                    int end = close < 0 ? s.length() : close;
                    text.append(s, i + 1, end);
                    i = close < 0 ? s.length() : close + 1;
                }
                case '"' -> doubleQuoted();
                case '$' -> {
                    if (plain) {
                        text.append(c);
                        i++;
                    } else {
                        dollar();
                    }
                }
                case '`' -> {
                    if (plain) {
                        text.append(c);
                        i++;
                    } else {
                        int close = s.indexOf('`', i + 1);
                        dynamic();
                        i = close < 0 ? s.length() : close + 1;
                    }
                }
                default -> {
                    text.append(c);
                    i++;
                }
            }
        }

        private void doubleQuoted() {
            i++;
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
                    if (s.charAt(i + 1) != '\n') {
                        text.append(s.charAt(i + 1));
                    }
                    i += 2;
                } else if (c == '$' && !plain) {
                    dollar();
                } else if (c == '`' && !plain) {
                    int close = s.indexOf('`', i + 1);
                    dynamic();
                    i = close < 0 ? s.length() : close + 1;
                } else {
                    text.append(c);
                    i++;
                }
            }
            if (i < s.length()) {
                i++; // the closing quote
            }
        }

        private void dynamic() {
            flushText();
            parts.add(new Part.Dynamic());
        }

        private void dollar() {
            if (i + 1 >= s.length()) {
                text.append('$');
                i++;
                return;
            }
            char n = s.charAt(i + 1);
            if (n == '(') {
                dynamic();
                i = skipBalanced(i + 1, '(', ')');
            } else if (n == '{') {
                int close = skipBalanced(i + 1, '{', '}');
                String inner = s.substring(i + 2, Math.max(i + 2, close - 1));
                flushText();
                parts.add(braced(inner));
                i = close;
            } else if (n == '@' || n == '*') {
                flushText();
                parts.add(new Part.Arguments());
                i += 2;
            } else if (Character.isDigit(n) || "#?$!-".indexOf(n) >= 0) {
                dynamic();
                i += 2;
            } else if (Character.isLetter(n) || n == '_') {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                flushText();
                parts.add(new Part.Variable(s.substring(i + 1, j), "", ""));
                i = j;
            } else {
                text.append('$');
                i++;
            }
        }

        private static Part braced(String inner) {
            int j = 0;
            while (j < inner.length() && (Character.isLetterOrDigit(inner.charAt(j)) || inner.charAt(j) == '_')) {
                j++;
            }
            String name = inner.substring(0, j);
            if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
                return inner.equals("@") || inner.equals("*") ? new Part.Arguments() : new Part.Dynamic();
            }
            String rest = inner.substring(j);
            for (String op : List.of(":-", ":=", ":+", ":?", "-", "=", "+", "?")) {
                if (rest.startsWith(op)) {
                    return new Part.Variable(name, op, rest.substring(op.length()));
                }
            }
            return rest.isEmpty() ? new Part.Variable(name, "", "") : new Part.Dynamic();
        }

        /** The index just after the bracket that closes the one at {@code open}. */
        private int skipBalanced(int open, char o, char c) {
            int depth = 0;
            int j = open;
            while (j < s.length()) {
                char ch = s.charAt(j);
                if (ch == '\\') {
                    j += 2;
                    continue;
                }
                if (ch == '\'' && o == '(') {
                    int close = s.indexOf('\'', j + 1);
                    j = close < 0 ? s.length() : close + 1;
                    continue;
                }
                if (ch == o) {
                    depth++;
                } else if (ch == c && --depth == 0) {
                    return j + 1;
                }
                j++;
            }
            return s.length();
        }
    }
}
