package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.compose.Service;
import dev.stacklint.source.Suggestions;
import dev.stacklint.image.ImageReference;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.ImageEnvironments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** SL209: a misspelled environment key of an official image, or a required one missing. */
public final class UnknownImageEnv implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL209", "unknown-image-env", Severity.WARNING,
            "An environment key the image does not read (with a close known key), or a required one missing.")
            .fixable(Fix.Safety.UNSAFE);

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            Optional<Located<ImageReference>> image = s.literalImage();
            Optional<ImageEnvironments.Entry> entry = image.flatMap(i -> ImageEnvironments.builtin().find(i.value().reference()));
            if (entry.isEmpty()) {
                continue;
            }
            List<String> meant = new ArrayList<>();
            for (NamedValue nv : s.environment()) {
                String key = nv.name().value();
                if (entry.get().reads(key)) {
                    continue;
                }
                Optional<String> suggestion = suggestion(key, entry.get());
                suggestion.ifPresent(k -> {
                    meant.add(k);
                    reporter.report(nv.name().file(), nv.name().span(), "`" + key + "` is not a variable the "
                            + entry.get().image() + " image reads; did you mean `" + k + "`?", rename(s, nv, k));
                });
            }
            List<String> present = new ArrayList<>(s.environment().stream().filter(UnknownImageEnv::given)
                    .map(nv -> nv.name().value()).toList());
            present.addAll(meant);
            // a seed or backup job on the image only runs a client: the server's required settings don't apply;
            // a base leaves them to the add-on that completes it and defines the service too
            if (s.envFiles().isEmpty() && !entry.get().hasRequired(present) && !DatabaseServer.runsOnlyAClient(s)
                    && !project.companions().completedByAddOn(s.name().value())) {
                reporter.report(image.get().file(), image.get().span(), "the " + entry.get().image()
                        + " image needs " + String.join(" or ", entry.get().requiredOneOf())
                        + " to initialise; set one of them (from a secret or a ${VARIABLE})");
            }
        }
    }

    /**
     * Renames the key as written, unless the service sets the meant key already. Unsafe: something else in the
     * container (a script, another program) may read the misspelled name.
     */
    private static Fix rename(Service s, NamedValue nv, String meant) {
        boolean taken = s.environment().stream().anyMatch(other -> other.name().value().equals(meant));
        if (taken || !nv.name().file().slice(nv.name().span()).equals(nv.name().value())) {
            return null;
        }
        return Fix.unsafe("rename `" + nv.name().value() + "` to `" + meant + "`", new Edit(nv.name().span(), meant));
    }

    /** Set by the file, or left to the environment; {@code KEY=} written empty does not count. */
    private static boolean given(NamedValue nv) {
        return nv.value().map(v -> !v.value().isBlank() || v.interpolated()).orElse(true);
    }

    private static Optional<String> suggestion(String key, ImageEnvironments.Entry entry) {
        if (entry.aliases().containsKey(key)) {
            return Optional.of(entry.aliases().get(key));
        }
        Set<String> known = new TreeSet<>(entry.keys());
        entry.fileKeys().forEach(k -> known.add(k + "_FILE"));
        return Suggestions.closest(key, known);
    }
}
