package dev.stacklint.compose;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.ParseRule;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects what the Compose loader finds wrong while it reads files (SL001, SL002, SL003, SL005, SL010, SL011). */
public final class Problems {
    private final List<Finding> findings = new ArrayList<>();
    private final Reporter syntax = reporter(ParseRules.YAML_SYNTAX);
    private final Reporter duplicateKey = reporter(ParseRules.DUPLICATE_KEY);
    private final Reporter schema = reporter(ParseRules.COMPOSE_SCHEMA);
    private final Reporter interpolation = reporter(ParseRules.INTERPOLATION);
    private final Set<String> unsetMentioned = new HashSet<>();
    private final Reporter limit = reporter(ParseRules.INPUT_LIMIT);
    private final Reporter outside = reporter(ParseRules.OUTSIDE_PROJECT);

    private Reporter reporter(ParseRule rule) {
        return new Reporter(rule.meta(), null, findings::add);
    }

    public void syntax(Origin at, String message) {
        syntax.report(at.file(), at.span(), message);
    }

    /** A repeated merge key {@code <<} (the composer does not say where the first one is). */
    public void duplicateKey(Origin at, String message) {
        duplicateKey.report(at.file(), at.span(), message);
    }

    /** A key written again at {@code at}; {@code first} is where it is already defined. */
    public void duplicateKey(Origin at, Origin first, String message) {
        duplicateKey.report(at.file(), at.span(), message, List.of(RelatedLocation.at(first, "first defined here")));
    }

    public void schema(Origin at, String message) {
        schema.report(at.file(), at.span(), message);
    }

    /** A schema problem with the fix that corrects it (a misspelled key). */
    public void schema(Origin at, String message, Optional<Fix> fix) {
        schema.report(at.file(), at.span(), message, fix.orElse(null));
    }

    public void interpolation(Origin at, String message) {
        interpolation.report(at.file(), at.span(), message);
    }

    public void interpolation(Origin at, Severity severity, String message) {
        interpolation.report(at.file(), at.span(), severity, message);
    }

    /** True the first time an unset variable is mentioned: SL005 says what is unset once per variable. */
    boolean firstMentionOfUnset(String variable) {
        return unsetMentioned.add(variable);
    }

    /** A finding made elsewhere for a file the loader reads (SL007: a file that is not UTF-8 text). */
    public void add(Finding finding) {
        findings.add(finding);
    }

    public void limit(Origin at, String message) {
        limit.report(at.file(), at.span(), message);
    }

    /** A path that leaves the project; {@code severity} is info for a remote file, which is simply not fetched. */
    public void outside(Origin at, Severity severity, String message) {
        outside.report(at.file(), at.span(), severity, message);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
