package dev.stacklint.rule;

import dev.stacklint.rules.compose.DependsOnNotReady;
import dev.stacklint.rules.compose.HardcodedSecret;
import dev.stacklint.rules.compose.ImageWithoutTag;
import dev.stacklint.rules.compose.MissingBuildFile;
import dev.stacklint.rules.compose.ObsoleteVersionField;
import dev.stacklint.rules.compose.SourceBindMountInProduction;
import dev.stacklint.rules.compose.UndefinedReference;
import dev.stacklint.rules.compose.UnknownImageEnv;
import dev.stacklint.rules.compose.UnnamedDatabaseVolume;
import dev.stacklint.rules.dockerfile.CopyBeforeDepsInstall;
import dev.stacklint.rules.dockerfile.DeprecatedImage;
import dev.stacklint.rules.dockerfile.ImageLatestTag;
import dev.stacklint.rules.dockerfile.ImageTagMissing;
import dev.stacklint.rules.dockerfile.JsonFormCmd;
import dev.stacklint.rules.dockerfile.PipNoCacheDir;
import dev.stacklint.rules.dockerfile.RunsAsRoot;
import dev.stacklint.rules.dockerfile.UntrustedRegistry;
import dev.stacklint.rules.stack.ContextLeaksSecrets;
import dev.stacklint.rules.stack.DevServerInProduction;
import dev.stacklint.rules.stack.LoopbackBind;
import dev.stacklint.rules.stack.MultipleProcesses;
import dev.stacklint.rules.stack.PortMismatch;

import java.util.List;
import java.util.Optional;

/** Every rule stacklint has, in one explicit list: adding a rule is one class, one doc, fixtures and one line here. */
public final class BuiltinRules {
    private static final List<Rule> ALL = List.of(
            // parse and schema (reported by parsers and loaders)
            ParseRules.YAML_SYNTAX,
            ParseRules.DUPLICATE_KEY,
            ParseRules.COMPOSE_SCHEMA,
            ParseRules.DOCKERFILE_SYNTAX,
            ParseRules.INTERPOLATION,
            ParseRules.UNUSED_SUPPRESSION,
            // Dockerfile rules
            new CopyBeforeDepsInstall(),
            new ImageTagMissing(),
            new ImageLatestTag(),
            new JsonFormCmd(),
            new PipNoCacheDir(),
            new DeprecatedImage(),
            new RunsAsRoot(),
            new UntrustedRegistry(),
            // compose rules
            new ObsoleteVersionField(),
            new ImageWithoutTag(),
            new UndefinedReference(),
            new UnnamedDatabaseVolume(),
            new DependsOnNotReady(),
            new HardcodedSecret(),
            new SourceBindMountInProduction(),
            new MissingBuildFile(),
            new UnknownImageEnv(),
            // stack rules
            new LoopbackBind(),
            new DevServerInProduction(),
            new PortMismatch(),
            new ContextLeaksSecrets(),
            new MultipleProcesses()
    );

    private BuiltinRules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this code or kebab-case name. */
    public static Optional<Rule> find(String codeOrName) {
        return ALL.stream().filter(r -> r.meta().matches(codeOrName)).findFirst();
    }
}
