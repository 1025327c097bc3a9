package dev.stacklint.engine;

import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rules.BuiltinRules;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's build checks ({@code docker build --check}), by the names {@code # check=skip=} takes. A rule that makes
 * one of these checks carries its name as an alias; {@code skip=all} and {@code error=true} apply to those rules.
 */
public final class BuildkitChecks {
    /** Every check BuildKit has, including those stacklint cannot make (they need the pulled base image). */
    private static final Set<String> NAMES = Set.of("StageNameCasing", "FromAsCasing", "NoEmptyContinuation",
            "ConsistentInstructionCasing", "DuplicateStageName", "ReservedStageName", "JSONArgsRecommended",
            "MaintainerDeprecated", "UndefinedArgInFrom", "WorkdirRelativePath", "UndefinedVar",
            "MultipleInstructionsDisallowed", "LegacyKeyValueFormat", "InvalidBaseImagePlatform",
            "RedundantTargetPlatform", "SecretsUsedInArgOrEnv", "InvalidDefaultArgInFrom",
            "FromPlatformFlagConstDisallowed", "CopyIgnoredFile", "InvalidDefinitionDescription", "ExposeProtoCasing",
            "ExposeInvalidFormat");

    private BuildkitChecks() {
    }

    /** True for one of BuildKit's check names, as BuildKit spells it. */
    public static boolean isName(String name) {
        return NAMES.contains(name.trim());
    }

    /** True when the rule makes one of BuildKit's checks. */
    public static boolean covers(RuleMeta rule) {
        return rule.aliases().stream().anyMatch(NAMES::contains);
    }

    /** The rules that make BuildKit's checks. */
    public static List<RuleMeta> rules() {
        return BuiltinRules.all().stream().map(Rule::meta).filter(BuildkitChecks::covers).toList();
    }
}
