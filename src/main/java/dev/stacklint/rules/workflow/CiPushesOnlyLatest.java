package dev.stacklint.rules.workflow;

import dev.stacklint.ci.PushedTag;
import dev.stacklint.ci.Workflow;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.WorkflowRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SL319: a workflow pushes an image only as {@code :latest}. A tag it computes (an expression, a variable,
 * {@code docker/metadata-action}) may be a version, so such a workflow is left alone.
 */
public final class CiPushesOnlyLatest implements WorkflowRule {
    static final RuleMeta META = new RuleMeta("SL319", "ci-pushes-only-latest", Severity.WARNING,
            "A CI workflow pushes an image only as :latest, with no version, sha or ref tag.");

    @Override
    public void check(Workflow workflow, RuleContext ctx, Reporter reporter) {
        if (workflow.metadataTags() || workflow.unknownPushes()
                || workflow.pushes().stream().anyMatch(t -> !t.known())) {
            return;
        }
        Map<String, List<PushedTag>> byImage = new LinkedHashMap<>();
        workflow.pushes().forEach(t -> byImage.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(t));
        boolean gitlab = workflow.file().path().getFileName().toString().startsWith(".gitlab-ci");
        String sha = gitlab ? "$CI_COMMIT_SHORT_SHA" : "${{ github.sha }}";
        byImage.forEach((image, tags) -> {
            if (tags.stream().allMatch(PushedTag::latest)) {
                PushedTag first = tags.get(0);
                reporter.report(first.at().file(), first.at().span(), "the workflow pushes `" + image
                        + "` only as `:latest`: each push replaces the last, so a deployment cannot pin, tell apart"
                        + " or roll back to a build; also push a version, commit or ref tag (`" + image + ":" + sha
                        + "`" + (gitlab ? "" : ", or the tags of docker/metadata-action") + ")");
            }
        });
    }
}
