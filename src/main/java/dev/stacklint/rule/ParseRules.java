package dev.stacklint.rule;

/** The SL0xx codes that parsers, loaders and the engine report. */
public final class ParseRules {
    public static final ParseRule YAML_SYNTAX = new ParseRule(new RuleMeta("SL001", "yaml-syntax",
            Severity.ERROR, Target.COMPOSE, "The file is not well-formed YAML (or exceeds the parser's safety limits)."));
    public static final ParseRule DUPLICATE_KEY = new ParseRule(new RuleMeta("SL002", "duplicate-key",
            Severity.ERROR, Target.COMPOSE, "A mapping repeats a key; YAML forbids it and Compose rejects the file."));
    public static final ParseRule COMPOSE_SCHEMA = new ParseRule(new RuleMeta("SL003", "compose-schema",
            Severity.ERROR, Target.COMPOSE, "A key or value does not fit the Compose Specification.").fixable(Fix.Safety.SAFE));
    public static final ParseRule DOCKERFILE_SYNTAX = new ParseRule(new RuleMeta("SL004", "dockerfile-syntax",
            Severity.ERROR, Target.DOCKERFILE, "The Dockerfile cannot be parsed as written."));
    public static final ParseRule INTERPOLATION = new ParseRule(new RuleMeta("SL005", "interpolation",
            Severity.ERROR, Target.COMPOSE, "A variable reference is malformed, or a required variable is unset."));
    /** Reported by the engine when asked to ({@code --report-unused-suppressions}); off otherwise. */
    public static final ParseRule UNUSED_SUPPRESSION = new ParseRule(new RuleMeta("SL006", "unused-suppression",
            Severity.INFO, Target.ANY, "A suppression comment names a rule that silenced nothing there."));
    /** A file past a size limit ({@code limits} in {@code .stacklint.yaml}): reported where it crossed, not read further. */
    public static final ParseRule INPUT_LIMIT = new ParseRule(new RuleMeta("SL010", "input-limit",
            Severity.ERROR, Target.ANY, "A file is larger, or has a longer line, than stacklint reads; it is not checked."));
    /** A path in a Compose file that leaves the project (URL, absolute, outside the repository): not read. */
    public static final ParseRule OUTSIDE_PROJECT = new ParseRule(new RuleMeta("SL011", "path-outside-project",
            Severity.WARNING, Target.COMPOSE, "A file the Compose file names is remote, absolute or outside the repository; it is not read."));
    /** Reported by the engine when a rule throws: the run goes on, that rule's other findings on the file may be missing. */
    public static final ParseRule INTERNAL_ERROR = new ParseRule(new RuleMeta("SL012", "internal-error",
            Severity.ERROR, Target.ANY, "A rule failed with an internal error on this file; its findings there may be incomplete."));

    /** Reported where a file is read ({@link ReadFindings}): the file cannot be read, or is not UTF-8 text. */
    public static final ParseRule UNREADABLE_FILE = new ParseRule(new RuleMeta("SL007", "unreadable-file",
            Severity.ERROR, Target.ANY, "The file cannot be read, or is not the UTF-8 text it should be (another encoding, invalid bytes, a binary file)."));
    /** Reported by the engine for a Dockerfile or Compose file that is a template source; the file is not parsed. */
    public static final ParseRule TEMPLATE_SOURCE = new ParseRule(new RuleMeta("SL008", "template-source",
            Severity.INFO, Target.ANY, "The file is a template source (Jinja, Helm, ERB...), so it is not linted as if rendered."));

    private ParseRules() {
    }
}
