package dev.stacklint.engine;

import dev.stacklint.dockerfile.CheckDirectives;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's {@code # check=} options applied to stacklint's findings: {@code skip=} silences the checks it names
 * (BuildKit's names, or stacklint's codes and names) in the file or for one instruction, {@code skip=all} every rule
 * that makes one of BuildKit's checks, and {@code error=true} makes those rules' findings in the file errors.
 */
final class CheckOptions {
    private CheckOptions() {
    }

    /** The suppressions {@code skip=} stands for. */
    static List<Suppression> suppressions(SourceFile source, CheckDirectives checks) {
        List<Suppression> found = new ArrayList<>();
        Span wholeFile = new Span(0, source.text().length());
        checks.file().ifPresent(o -> found.addAll(of(source, o, wholeFile, true)));
        checks.inline().forEach(i -> found.addAll(of(source, i.options(), i.target(), false)));
        return found;
    }

    private static List<Suppression> of(SourceFile source, CheckDirectives.Options o, Span target, boolean wholeFile) {
        List<Suppression> found = new ArrayList<>();
        if (o.skipAll()) {
            List<Suppression.Code> all = BuildkitChecks.rules().stream()
                    .map(r -> new Suppression.Code("all", o.comment(), Optional.of(r))).toList();
            found.add(new Suppression(source, o.comment(), target, wholeFile, all, false, false, Suppression.Tool.BUILDKIT));
        }
        List<Suppression.Code> named = new ArrayList<>();
        for (CheckDirectives.Name n : o.skip()) {
            List<Rule> rules = BuiltinRules.findAll(n.text());
            if (rules.isEmpty() && !BuildkitChecks.isName(n.text())) {
                named.add(new Suppression.Code(n.text(), n.span(), Optional.empty())); // a typo
            }
            // a BuildKit check stacklint does not make (InvalidBaseImagePlatform) silences nothing, and is no mistake
            rules.forEach(r -> named.add(new Suppression.Code(n.text(), n.span(), Optional.of(r.meta()))));
        }
        if (!named.isEmpty()) {
            // options a build argument gives are not written in the file: nothing there to report as unused
            boolean written = o.comment().length() > 0;
            found.add(new Suppression(source, o.comment(), target, wholeFile, named, written, written,
                    Suppression.Tool.BUILDKIT));
        }
        return found;
    }

    /** True when the file's options say {@code error=true}. */
    static boolean errors(CheckDirectives checks) {
        return checks.file().map(CheckDirectives.Options::error).orElse(false);
    }

    /** The findings, with those of BuildKit's checks in {@code errorFiles} raised to errors. */
    static List<Finding> raise(List<Finding> findings, Set<Path> errorFiles) {
        if (errorFiles.isEmpty()) {
            return findings;
        }
        return findings.stream().map(f -> errorFiles.contains(f.file().path()) && BuildkitChecks.covers(f.rule())
                && f.severity() != Severity.ERROR ? f.withSeverity(Severity.ERROR) : f).toList();
    }
}
