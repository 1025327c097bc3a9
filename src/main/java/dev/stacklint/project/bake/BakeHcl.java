package dev.stacklint.project.bake;

import dev.stacklint.source.SourceFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code target} blocks of a {@code docker-bake.hcl}, and in them only {@code context},
 * {@code dockerfile}, {@code target}, {@code contexts} and {@code inherits}. Every other block ({@code variable},
 * {@code group}, {@code function}) and attribute is skipped by bracket matching. A value that is not a plain
 * literal (a variable, an interpolation, a function call, a conditional) is unknown; text the reader cannot follow
 * makes the file incomplete, never an error.
 */
final class BakeHcl {
    private final List<Token> tokens;
    private int at;
    private boolean complete = true;

    private BakeHcl(List<Token> tokens) {
        this.tokens = tokens;
    }

    static BakeFile read(SourceFile source) {
        Optional<List<Token>> tokens = HclTokens.of(source.text());
        if (tokens.isEmpty()) {
            return BakeFile.of(source, List.of(), false);
        }
        BakeHcl reader = new BakeHcl(tokens.get());
        List<BakeTarget> targets = reader.file();
        return BakeFile.of(source, targets, reader.complete);
    }

    private List<BakeTarget> file() {
        List<BakeTarget> targets = new ArrayList<>();
        while (!atEnd()) {
            Token t = next();
            if (t.kind() == Token.Kind.NEWLINE) {
                continue;
            }
            if (t.kind() != Token.Kind.IDENT) {
                complete = false;
                continue;
            }
            if (peekIs("=")) {
                next();
                skipExpression(); // a top-level attribute
                continue;
            }
            List<String> labels = new ArrayList<>();
            while (!atEnd() && peek().kind() == Token.Kind.STRING) {
                labels.add(next().text());
            }
            while (!atEnd() && peek().kind() == Token.Kind.IDENT) {
                labels.add(next().text()); // HCL allows bare labels too
            }
            if (!peekIs("{")) {
                complete = false;
                continue;
            }
            next();
            if (t.text().equals("target") && labels.size() == 1) {
                targets.add(target(labels.get(0)));
            } else {
                skipBlockBody();
            }
        }
        return targets;
    }

    /** The body of {@code target "name" {}} up to its closing brace. */
    private BakeTarget target(String name) {
        BakeTarget.Value<String> context = BakeTarget.Value.absent();
        BakeTarget.Value<String> dockerfile = BakeTarget.Value.absent();
        BakeTarget.Value<String> stage = BakeTarget.Value.absent();
        BakeTarget.Value<Set<String>> contexts = BakeTarget.Value.absent();
        List<String> inherits = new ArrayList<>();
        while (!atEnd() && !peekIs("}")) {
            Token t = next();
            if (t.kind() == Token.Kind.NEWLINE) {
                continue;
            }
            if (t.kind() != Token.Kind.IDENT) {
                complete = false;
                continue;
            }
            if (!peekIs("=")) { // a nested block, e.g. attest {}
                while (!atEnd() && !peekIs("{") && !peekIs("}") && peek().kind() != Token.Kind.NEWLINE) {
                    next();
                }
                if (peekIs("{")) {
                    next();
                    skipBlockBody();
                }
                continue;
            }
            next();
            switch (t.text()) {
                case "context" -> context = string();
                case "dockerfile" -> dockerfile = string();
                case "target" -> stage = string();
                case "contexts" -> contexts = names();
                case "inherits" -> inherits = list().orElseGet(() -> {
                    complete = false;
                    return List.of();
                });
                default -> skipExpression();
            }
        }
        if (peekIs("}")) {
            next();
        } else {
            complete = false;
        }
        return new BakeTarget(name, context, dockerfile, stage, contexts, inherits);
    }

    /** A literal string ending the attribute; anything else is unknown. */
    private BakeTarget.Value<String> string() {
        Token t = atEnd() ? null : peek();
        if (t != null && t.kind() == Token.Kind.STRING && !t.interpolated() && endsAttribute(at + 1)) {
            next();
            return BakeTarget.Value.of(t.text());
        }
        skipExpression();
        complete = false;
        return BakeTarget.Value.unknown();
    }

    /** {@code ["a", "b"]} of literal strings. */
    private Optional<List<String>> list() {
        if (!peekIs("[")) {
            skipExpression();
            return Optional.empty();
        }
        int start = at;
        next();
        List<String> items = new ArrayList<>();
        while (!atEnd() && !peekIs("]")) {
            Token t = next();
            if (t.kind() == Token.Kind.STRING && !t.interpolated()) {
                items.add(t.text());
            } else if (!t.is(",") && t.kind() != Token.Kind.NEWLINE) {
                at = start;
                skipExpression();
                return Optional.empty();
            }
        }
        if (atEnd()) {
            return Optional.empty();
        }
        next();
        return Optional.of(items);
    }

    /** The keys of {@code { name = value, "other" = value }}; the values may be anything. */
    private BakeTarget.Value<Set<String>> names() {
        if (!peekIs("{")) {
            skipExpression();
            complete = false;
            return BakeTarget.Value.unknown();
        }
        next();
        Set<String> names = new HashSet<>();
        boolean known = true;
        while (!atEnd() && !peekIs("}")) {
            Token key = next();
            if (key.kind() == Token.Kind.NEWLINE || key.is(",")) {
                continue;
            }
            boolean literalKey = key.kind() == Token.Kind.IDENT
                    || (key.kind() == Token.Kind.STRING && !key.interpolated());
            if (!literalKey || !(peekIs("=") || peekIs(":"))) {
                known = false;
                skipUntilItemEnd();
                continue;
            }
            next();
            names.add(key.text());
            skipUntilItemEnd();
        }
        if (atEnd()) {
            complete = false;
            return BakeTarget.Value.unknown();
        }
        next();
        if (!known) {
            complete = false;
            return BakeTarget.Value.unknown();
        }
        return BakeTarget.Value.of(names);
    }

    /** Skips one map item's value: up to a comma or newline at this depth, or the map's closing brace. */
    private void skipUntilItemEnd() {
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0 && (t.is(",") || t.is("}") || t.kind() == Token.Kind.NEWLINE)) {
                return;
            }
            depth += depthChange(t);
            next();
        }
    }

    /** Skips an attribute's value: up to the newline (or closing brace) at depth 0. */
    private void skipExpression() {
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0 && (t.kind() == Token.Kind.NEWLINE || t.is("}"))) {
                return;
            }
            depth += depthChange(t);
            if (depth < 0) {
                complete = false;
                return;
            }
            next();
        }
    }

    /** Skips to just after the brace closing a block whose opening brace was consumed. */
    private void skipBlockBody() {
        int depth = 1;
        while (!atEnd()) {
            depth += depthChange(next());
            if (depth == 0) {
                return;
            }
        }
        complete = false;
    }

    private static int depthChange(Token t) {
        if (t.is("{") || t.is("[") || t.is("(")) {
            return 1;
        }
        return t.is("}") || t.is("]") || t.is(")") ? -1 : 0;
    }

    private boolean endsAttribute(int index) {
        return index >= tokens.size() || tokens.get(index).kind() == Token.Kind.NEWLINE || tokens.get(index).is("}");
    }

    private boolean atEnd() {
        return at >= tokens.size();
    }

    private Token peek() {
        return tokens.get(at);
    }

    private boolean peekIs(String symbol) {
        return !atEnd() && peek().is(symbol);
    }

    private Token next() {
        return tokens.get(at++);
    }
}
