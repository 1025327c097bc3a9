package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DL3066: the image a container runs ends with a USER given by name rather than by numeric uid. Only the image's
 * last USER counts (a USER of a stage it is built FROM carries over), as for DL3002. Names written with a variable
 * ({@code USER ${APP_UID}}) are chosen at build time and pass; so does {@code root}, which every image resolves to
 * uid 0 (DL3002 reports it), and
 * the named users of Windows images. Off by default (hadolint has it on): most clean production images run as a
 * named user (node, nonroot, app), and only clusters that enforce runAsNonRoot need the uid.
 */
public final class NonNumericUser implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3066", "non-numeric-user", Severity.INFO,
            "The image's last USER is a name, which the host or an orchestrator cannot check, not a numeric uid.")
            .in(Category.HARDENING).offByDefault();

    /** root is uid 0 everywhere; Windows containers name their users and have no uids. */
    private static final Set<String> WITHOUT_UID = Set.of("root", "containeruser", "containeradministrator");

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Set<Instruction.User> reported = new HashSet<>();
        List<Optional<Instruction.User>> lastUsers = dockerfile.stages().isEmpty()
                // a fragment without FROM (a template, a snippet): its last USER is the one in force
                ? List.of(dockerfile.instructions().stream().filter(i -> i instanceof Instruction.User)
                        .map(i -> (Instruction.User) i).reduce((a, b) -> b))
                : builds.runningStages(dockerfile).stream().map(s -> LastUserRoot.lastUser(dockerfile, s)).toList();
        for (Optional<Instruction.User> last : lastUsers) {
            last.filter(NonNumericUser::named).filter(reported::add).ifPresent(u -> reporter.report(u.user().span(),
                    "USER " + u.user().value() + " names the user instead of giving its uid, so the host and"
                            + " Kubernetes' runAsNonRoot cannot tell who runs the container: write the numeric uid"
                            + " (and gid), e.g. USER 10001:10001"));
        }
    }

    private static boolean named(Instruction.User user) {
        String value = user.user().value();
        int colon = value.indexOf(':');
        String uid = colon < 0 ? value : value.substring(0, colon);
        return !uid.isEmpty() && !uid.chars().allMatch(Character::isDigit) && !uid.contains("$")
                && !WITHOUT_UID.contains(uid.toLowerCase(Locale.ROOT));
    }
}
