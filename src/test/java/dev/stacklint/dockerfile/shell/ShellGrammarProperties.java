package dev.stacklint.dockerfile.shell;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell parser on generated scripts: every compound form (if, loops, case, groups, subshells, functions,
 * tests, arithmetic, substitutions, heredocs) nested in every other; it finds each command inside them at its own
 * span, marks as piped exactly the commands written before a pipe, finds no command in a heredoc body, and never
 * throws on any text.
 */
class ShellGrammarProperties {

    /** A generated script and the commands it holds, in order. */
    record Script(String text, List<String> commands, List<Boolean> piped) {
    }

    /** Builds a random script from the compound forms, nested up to a depth. */
    private static final class Generator {
        private final Random random;
        private final StringBuilder out = new StringBuilder();
        private final List<String> commands = new ArrayList<>();
        private final List<Boolean> piped = new ArrayList<>();

        Generator(long seed) {
            random = new Random(seed);
        }

        Script script() {
            list(3);
            return new Script(out.toString(), commands, piped);
        }

        private void command(boolean beforePipe) {
            String c = "mark" + commands.size() + " a" + random.nextInt(9);
            commands.add(c);
            piped.add(beforePipe);
            out.append(c);
        }

        private void list(int depth) {
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    out.append(List.of(" && ", " || ", "; ", "\n", " ;\n  ").get(random.nextInt(5)));
                }
                item(depth);
            }
        }

        private void item(int depth) {
            int form = depth <= 0 ? 0 : random.nextInt(17);
            switch (form) {
                case 0 -> command(false);
                case 1 -> {
                    command(true);
                    out.append(random.nextBoolean() ? " | " : " |& ");
                    command(false);
                }
                case 2 -> {
                    out.append("if ");
                    list(depth - 1);
                    out.append("; then ");
                    list(depth - 1);
                    if (random.nextBoolean()) {
                        out.append("\nelif ");
                        list(depth - 1);
                        out.append("; then\n  ");
                        list(depth - 1);
                    }
                    if (random.nextBoolean()) {
                        out.append("; else ");
                        list(depth - 1);
                    }
                    out.append("; fi");
                }
                case 3 -> {
                    out.append(random.nextBoolean() ? "for v in a b \"c d\"; do " : "for ((i = 0; i < 3; i++)); do ");
                    list(depth - 1);
                    out.append("; done");
                }
                case 4 -> {
                    out.append(random.nextBoolean() ? "while " : "until ");
                    list(depth - 1);
                    out.append("; do\n");
                    list(depth - 1);
                    out.append("\ndone");
                }
                case 5 -> {
                    out.append("case \"$v\" in\n  a|b|c*) ");
                    list(depth - 1);
                    out.append(" ;;\n  (x|[yz]) ");
                    list(depth - 1);
                    out.append(random.nextBoolean() ? ";&\n" : ";;&\n");
                    out.append("  *) ");
                    list(depth - 1);
                    out.append(random.nextBoolean() ? ";;\nesac" : "\nesac");
                }
                case 6 -> {
                    out.append("{ ");
                    list(depth - 1);
                    out.append("; }");
                }
                case 7 -> {
                    out.append("( ");
                    list(depth - 1);
                    out.append(" )");
                }
                case 8 -> {
                    out.append(random.nextBoolean() ? "f() { " : "function g { ");
                    list(depth - 1);
                    out.append("; }");
                }
                case 9 -> {
                    out.append("[[ -n $a || $b == c* && ( -f x ) && $x < $y ]] && ");
                    item(depth - 1);
                }
                case 10 -> {
                    out.append("(( i = 1 | 2, j <<= 1 )) || ");
                    item(depth - 1);
                }
                case 11 -> {
                    out.append("V=$(x | y) W=`u | v` N=$(( 3 | 4 )) ");
                    command(false);
                }
                case 12 -> {
                    command(false);
                    out.append(" <<< \"a | b ; c\"");
                }
                case 13 -> {
                    command(false);
                    out.append(random.nextBoolean() ? " <<EOF\n" : " <<-'EOF'\n\t");
                    out.append("fake | cmd && other; esac )\nEOF\n");
                    item(depth - 1);
                }
                case 14 -> {
                    out.append("! ");
                    item(depth - 1);
                }
                case 15 -> {
                    out.append("select v in a b; do ");
                    list(depth - 1);
                    out.append("; break; done");
                    commands.add("break");
                    piped.add(false);
                }
                default -> {
                    command(false);
                    out.append(" # a comment | not a pipe\n");
                    item(depth - 1);
                }
            }
        }
    }

    @Property(tries = 400)
    void findsEveryCommandInEveryCompoundForm(@ForAll long seed) {
        Script script = new Generator(seed).script();
        // the tests ([[ ]], (( ))) are commands too, but not the generated ones this follows
        List<SimpleCommand> parsed = ShellParser.parse(script.text(), 7).stream()
                .filter(c -> !c.words().get(0).value().startsWith("[[") && !c.words().get(0).value().startsWith("(("))
                .toList();

        assertThat(parsed).extracting(c -> String.join(" ", c.words().stream().map(ShellWord::value).toList()))
                .as(script.text()).containsExactlyElementsOf(script.commands());
        assertThat(parsed).extracting(SimpleCommand::piped).as(script.text())
                .containsExactlyElementsOf(script.piped());
        for (SimpleCommand c : parsed) {
            // the span starts at the command itself, not at the compound command around it
            String at = script.text().substring(c.span().start() - 7, c.span().end() - 7);
            ShellWord first = c.assignments().isEmpty() ? c.words().get(0) : c.assignments().get(0);
            assertThat(at).as(script.text()).startsWith(first.raw());
            assertThat(c.words().get(c.words().size() - 1).span().end()).isLessThanOrEqualTo(c.span().end());
        }
    }

    @Provide
    Arbitrary<String> shellText() {
        Arbitrary<String> fragments = Arbitraries.of("case ", " in ", "esac", ")", "(", "((", "))", ";;", ";&", "|",
                "||", "&&", "[[", "]]", "if ", "then ", "fi", "for ", "do ", "done", "while ", "{ ", "}", "f()",
                "function ", "$(", "$((", "`", "'", "\"", "\\", "\n", " ", "<<EOF", "<<-X", "<<<", "EOF\n", "X",
                "#", "apt-get install x", "a|b", "$v", "${v:-x}", ">", "2>&1", "&");
        return Arbitraries.oneOf(fragments.list().ofMaxSize(50).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(120));
    }

    @Property(tries = 1000)
    void neverThrowsAndKeepsSpansInsideTheText(@ForAll("shellText") String text) {
        for (SimpleCommand c : ShellParser.parse(text, 3)) {
            assertThat(c.span().start()).isBetween(3, c.span().end());
            assertThat(c.span().end()).isLessThanOrEqualTo(text.length() + 3);
            c.words().forEach(w -> assertThat(w.span().start()).isBetween(3, text.length() + 3));
        }
        for (SimpleCommand c : ShellParser.script(text)) {
            assertThat(c.span().start()).isBetween(0, c.span().end());
            assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
        }
    }
}
