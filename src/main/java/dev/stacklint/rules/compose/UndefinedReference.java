package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Dependency;
import dev.stacklint.compose.ExtendsRef;
import dev.stacklint.compose.FileReference;
import dev.stacklint.compose.IncludeRef;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.source.Suggestions;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A name that points at nothing: a {@code depends_on}, {@code links}, {@code volumes_from} or
 * {@code network_mode: service:} naming no service, a named volume, network, secret or config that is not
 * declared at the top level, an {@code extends} to a missing service or file, an {@code include} of a missing
 * file. Bind mounts, anonymous volumes and the implicit {@code default} network are not references. A name that
 * the project's companions declare (the folder's main file for an add-on file, an example override for a main
 * file, the project that includes a fragment and the other files it includes) is not dangling: the files are meant
 * to be used together; when those files cannot all be known here, no name is called dangling.
 */
public final class UndefinedReference implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL207", "undefined-reference", Severity.ERROR,
            "A service refers to a service, volume, network, secret, config or file that is not defined.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            for (Dependency d : service.dependsOn()) {
                if (d.required()) {
                    service(project, d.service(), "`depends_on`", reporter);
                }
            }
            for (Located<String> link : service.links()) {
                service(project, link.map(l -> l.split(":", 2)[0]), "`links`", reporter);
            }
            for (Located<String> from : service.volumesFrom()) {
                if (!from.value().startsWith("container:")) {
                    service(project, from.map(f -> f.split(":", 2)[0]), "`volumes_from`", reporter);
                }
            }
            service.isolation().networkMode().filter(m -> m.value().startsWith("service:"))
                    .ifPresent(m -> service(project, m.map(t -> t.substring("service:".length())),
                            "`network_mode`", reporter));
            for (VolumeMount v : service.volumes()) {
                if (v.isNamedVolume()) {
                    declared(project.volumes(), project.companions()::volume, v.source().orElseThrow(), "volume", reporter);
                }
            }
            for (Located<String> network : service.networks()) {
                if (!network.value().equals("default")) {
                    declared(project.networks(), project.companions()::network, network, "network", reporter);
                }
            }
            for (FileReference s : service.secrets()) {
                declared(project.secrets(), project.companions()::secret, s.source(), "secret", reporter);
            }
            for (FileReference c : service.configs()) {
                declared(project.configs(), project.companions()::config, c.source(), "config", reporter);
            }
            service.extendsRef().ifPresent(ref -> extendsTarget(ref, reporter));
        }
        for (IncludeRef include : project.includes()) {
            if (!include.found() && !include.unset()) {
                reporter.report(include.path().file(), include.path().span(),
                        "`include` names `" + include.path().value() + "`, which does not exist");
            }
        }
    }

    private static void service(ComposeProject project, Located<String> name, String where, Reporter reporter) {
        if (!name.value().isEmpty() && !project.services().containsKey(name.value())
                && !project.companions().service(name.value())) {
            reporter.report(name.file(), name.span(), where + " names service `" + name.value()
                    + "`, which is not defined in this project" + didYouMean(name.value(), project.services().keySet()));
        }
    }

    private static String didYouMean(String name, Collection<String> names) {
        return Suggestions.closest(name, names).map(c -> " — did you mean `" + c + "`?").orElse("");
    }

    /** An empty name comes from a variable unset where stacklint runs: it cannot be judged. */
    private static void declared(Map<String, ?> defined, Predicate<String> companions, Located<String> name, String kind,
                                 Reporter reporter) {
        if (!name.value().isEmpty() && !defined.containsKey(name.value()) && !companions.test(name.value())) {
            reporter.report(name.file(), name.span(), kind + " `" + name.value() + "` is not declared under the top-level `"
                    + kind + "s`" + Suggestions.closest(name.value(), defined.keySet())
                    .map(c -> " — did you mean `" + c + "`?").orElse("; declare it there"));
        }
    }

    private static void extendsTarget(ExtendsRef ref, Reporter reporter) {
        switch (ref.resolution()) {
            case SERVICE_NOT_FOUND -> reporter.report(ref.service().file(), ref.service().span(), "`extends` names service `"
                    + ref.service().value() + "`, which is not defined"
                    + ref.file().map(f -> " in `" + f.value() + "`").orElse(" in this file"));
            case FILE_NOT_FOUND -> {
                Located<String> file = ref.file().orElseThrow();
                reporter.report(file.file(), file.span(), "`extends` names the file `" + file.value()
                        + "`, which does not exist");
            }
            case RESOLVED, REMOTE, CYCLE -> {
            }
        }
    }
}
