package dev.stacklint.rule;

import java.util.Set;

/**
 * A rule whose finding is the more specific report of what other rules also see: where it reports, their
 * findings inside its span are dropped, so that one problem is reported once (SL204's literal secret in an ENV
 * hides DL3064's secret-looking name on the same pair). Applied after suppressions and configured severities: a
 * finding that was silenced or turned off hides nothing.
 */
public interface Supersedes {

    /** The codes of the rules whose findings inside this rule's findings are dropped. */
    Set<String> supersedes();
}
