package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's {@code check} options, as {@code docker build} reads them:
 * <ul>
 *   <li>the parser directive at the top of the file, {@code # check=skip=A,B;error=true}, for the whole file;</li>
 *   <li>a {@code # check=skip=A,B} comment among those right above an instruction (up to an empty {@code #} line;
 *       blank lines do not end them), for that instruction only; the option ends at the first blank, so a reason
 *       may follow ({@code # check=skip=SecretsUsedInArgOrEnv // a public key}), and {@code error} is not read
 *       there, as BuildKit merges only the skipped checks.</li>
 * </ul>
 * {@code experimental=} is accepted and not used.
 *
 * @param file   the top directive's options, if there is one and it parses
 * @param inline the per-instruction options
 */
public record CheckDirectives(Optional<Options> file, List<Inline> inline) {
    private static final Pattern COMMENT_DIRECTIVE = Pattern.compile("#\\s*check\\s*=\\s*", Pattern.CASE_INSENSITIVE);

    /** A check named in {@code skip=}, as written. */
    public record Name(String text, Span span) {
    }

    /**
     * @param skip    the checks named in {@code skip=}
     * @param skipAll {@code skip=all}
     * @param error   {@code error=true}: findings of the checks are errors
     * @param comment the comment that says so
     */
    public record Options(List<Name> skip, boolean skipAll, boolean error, Span comment) {
    }

    /** Options that hold for one instruction ({@code target}, its span). */
    public record Inline(Span target, Options options) {
    }

    /**
     * The file's options; {@code override} (a build's {@code BUILDKIT_DOCKERFILE_CHECK}), when given, replaces the
     * top directive as BuildKit does, and the per-instruction comments still apply.
     */
    public static CheckDirectives of(Dockerfile dockerfile, Optional<String> override) {
        String text = dockerfile.source().text();
        Optional<Options> file = override.isPresent()
                ? parse(override.get(), 0, override.get().length(), Span.at(0)).map(CheckDirectives::withoutSpans)
                : dockerfile.directives().stream().filter(d -> d.name().equals("check")).findFirst().flatMap(d -> {
                    int end = d.span().end();
                    while (end > d.span().start() && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    return parse(text, end - d.value().length(), end, d.span());
                });
        List<Inline> inline = new ArrayList<>();
        List<Comment> comments = dockerfile.comments();
        int c = 0;
        int previousEnd = 0;
        for (Instruction instruction : dockerfile.instructions()) {
            Options found = null;
            for (; c < comments.size() && comments.get(c).span().start() < instruction.span().start(); c++) {
                Comment comment = comments.get(c);
                if (comment.span().start() < previousEnd) {
                    continue; // inside the previous instruction (a continuation)
                }
                if (comment.text().isEmpty()) {
                    found = null; // an empty # line ends the comments that belong to the instruction
                } else if (found == null) {
                    found = inlineOptions(text, comment).orElse(null);
                }
            }
            if (found != null) {
                inline.add(new Inline(instruction.span(), found));
            }
            previousEnd = instruction.span().end();
        }
        return new CheckDirectives(file, List.copyOf(inline));
    }

    private static Optional<Options> inlineOptions(String text, Comment comment) {
        Matcher m = COMMENT_DIRECTIVE.matcher(text).region(comment.span().start(), comment.span().end());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int end = m.end();
        while (end < comment.span().end() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return parse(text, m.end(), end, comment.span()).map(o -> new Options(o.skip(), o.skipAll(), false, o.comment()));
    }

    /** Options read from outside the file: their names point at the file's start. */
    private static Options withoutSpans(Options o) {
        return new Options(o.skip().stream().map(n -> new Name(n.text(), Span.at(0))).toList(), o.skipAll(), o.error(),
                Span.at(0));
    }

    /** Why BuildKit refuses this value ({@code docker build} fails on such a directive), or empty. */
    static Optional<String> problem(String value) {
        return Optional.ofNullable(parsed(value, 0, value.length(), Span.at(0)).problem());
    }

    private static Optional<Options> parse(String text, int start, int end, Span comment) {
        return Optional.ofNullable(parsed(text, start, end, comment).options());
    }

    /** Options, or the reason they are refused. */
    private record Parsed(Options options, String problem) {
        static Parsed refused(String problem) {
            return new Parsed(null, problem);
        }
    }

    /** As BuildKit's {@code ParseLintOptions}: {@code ;}-separated {@code key=value} parts. */
    private static Parsed parsed(String text, int start, int end, Span comment) {
        List<Name> skip = new ArrayList<>();
        boolean skipAll = false;
        boolean error = false;
        String value = text.substring(start, end);
        if (value.isBlank()) {
            return new Parsed(new Options(List.of(), false, false, comment), null);
        }
        int pos = start;
        int parts = 0;
        while (pos <= end) {
            int semi = text.indexOf(';', pos);
            // BuildKit splits into at most three parts; a further ';' stays in the third
            int partEnd = semi < 0 || semi >= end || parts == 2 ? end : semi;
            parts++;
            String part = text.substring(pos, partEnd);
            int eq = part.indexOf('=');
            if (eq < 0) {
                return Parsed.refused("invalid check option '" + part.strip() + "': write key=value (skip=..., error=true)");
            }
            String key = part.substring(0, eq).strip();
            String v = part.substring(eq + 1);
            switch (key) {
                case "skip" -> {
                    if (v.strip().equals("all")) {
                        skipAll = true;
                    } else {
                        names(text, pos + eq + 1, partEnd, skip);
                    }
                }
                case "experimental" -> {
                }
                case "error" -> {
                    Optional<Boolean> b = bool(v.strip());
                    if (b.isEmpty()) {
                        return Parsed.refused("invalid check option 'error=" + v.strip() + "': use error=true or error=false");
                    }
                    error = b.get();
                }
                default -> {
                    return Parsed.refused("invalid check option '" + key + "': use skip, error or experimental");
                }
            }
            pos = partEnd + 1;
        }
        return new Parsed(new Options(List.copyOf(skip), skipAll, error, comment), null);
    }

    private static void names(String text, int start, int end, List<Name> into) {
        int pos = start;
        while (pos <= end) {
            int comma = text.indexOf(',', pos);
            int partEnd = comma < 0 || comma >= end ? end : comma;
            int s = pos;
            int e = partEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                into.add(new Name(text.substring(s, e), new Span(s, e)));
            }
            pos = partEnd + 1;
        }
    }

    /** Go's {@code strconv.ParseBool}. */
    private static Optional<Boolean> bool(String v) {
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> Optional.of(true);
            case "0", "f", "F", "FALSE", "false", "False" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
