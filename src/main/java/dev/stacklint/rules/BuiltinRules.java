package dev.stacklint.rules;

import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rules.compose.security.NoNewPrivileges;
import dev.stacklint.rules.compose.security.NoCapDrop;
import dev.stacklint.rules.compose.security.NoReadOnlyRootfs;
import dev.stacklint.rules.compose.security.NoResourceLimits;
import dev.stacklint.rules.compose.security.NoRestartPolicy;
import dev.stacklint.rules.stack.NoHealthcheck;
import dev.stacklint.rules.compose.security.UnboundPort;
import dev.stacklint.rules.compose.security.ImageNotPinnedByDigest;
import dev.stacklint.rules.compose.security.LoggingDisabled;
import dev.stacklint.rules.stack.RunsAsRootUser;
import dev.stacklint.rules.stack.DependsOnNotReady;
import dev.stacklint.rules.compose.HardcodedSecret;
import dev.stacklint.rules.compose.ImageWithoutTag;
import dev.stacklint.rules.stack.MissingBuildFile;
import dev.stacklint.rules.compose.ObsoleteVersionField;
import dev.stacklint.rules.stack.SourceBindMountInProduction;
import dev.stacklint.rules.compose.UndefinedReference;
import dev.stacklint.rules.compose.consistency.DependsOnCycle;
import dev.stacklint.rules.compose.consistency.NoImageOrBuild;
import dev.stacklint.rules.compose.consistency.NetworkModeWithNetworks;
import dev.stacklint.rules.compose.consistency.DuplicateContainerName;
import dev.stacklint.rules.compose.consistency.ContainerNameWithReplicas;
import dev.stacklint.rules.compose.consistency.DuplicateHostPort;
import dev.stacklint.rules.compose.consistency.DuplicateMountTarget;
import dev.stacklint.rules.compose.consistency.MissingEnvFile;
import dev.stacklint.rules.compose.consistency.SecretWithoutSource;
import dev.stacklint.rules.compose.consistency.ScaleReplicasMismatch;
import dev.stacklint.rules.compose.consistency.ResourceLimitsMismatch;
import dev.stacklint.rules.compose.consistency.DockerfileAndInline;
import dev.stacklint.rules.compose.consistency.ServiceDisabledByProfile;
import dev.stacklint.rules.compose.consistency.WatchWithoutTarget;
import dev.stacklint.rules.compose.consistency.DeprecatedExternalName;
import dev.stacklint.rules.compose.consistency.Yaml11Boolean;
import dev.stacklint.rules.compose.security.PrivilegedContainer;
import dev.stacklint.rules.compose.security.DockerSocketMount;
import dev.stacklint.rules.compose.security.SensitiveHostMount;
import dev.stacklint.rules.compose.security.HostNamespace;
import dev.stacklint.rules.compose.security.DangerousCapability;
import dev.stacklint.rules.compose.security.UnconfinedSecurityOpt;
import dev.stacklint.rules.compose.security.DangerousDevice;
import dev.stacklint.rules.compose.security.SharedMountPropagation;
import dev.stacklint.rules.stack.DatabasePortPublished;
import dev.stacklint.rules.compose.UnknownImageEnv;
import dev.stacklint.rules.compose.RequireProjectName;
import dev.stacklint.rules.compose.NoBuildAndImage;
import dev.stacklint.rules.compose.RequireQuotesInPorts;
import dev.stacklint.rules.compose.NoQuotesInVolumes;
import dev.stacklint.rules.compose.ServicesAlphabeticalOrder;
import dev.stacklint.rules.compose.ServiceKeysOrder;
import dev.stacklint.rules.compose.TopLevelPropertiesOrder;
import dev.stacklint.rules.compose.ServiceDependenciesAlphabeticalOrder;
import dev.stacklint.rules.compose.ServicePortsAlphabeticalOrder;
import dev.stacklint.rules.compose.ContainerNamePattern;
import dev.stacklint.rules.stack.UnnamedDatabaseVolume;
import dev.stacklint.rules.dockerfile.InvalidDefaultArgInFrom;
import dev.stacklint.rules.dockerfile.UndefinedVar;
import dev.stacklint.rules.dockerfile.LegacyKeyValueFormat;
import dev.stacklint.rules.dockerfile.ExposeInvalidFormat;
import dev.stacklint.rules.dockerfile.InvalidDefinitionDescription;
import dev.stacklint.rules.dockerfile.InlineIgnorePragma;
import dev.stacklint.rules.dockerfile.ForbiddenOnbuildTrigger;
import dev.stacklint.rules.dockerfile.MissingSchemaLabel;
import dev.stacklint.rules.dockerfile.LabelNotInSchema;
import dev.stacklint.rules.dockerfile.EmptySchemaLabel;
import dev.stacklint.rules.dockerfile.LabelNotUrl;
import dev.stacklint.rules.dockerfile.LabelNotRfc3339;
import dev.stacklint.rules.dockerfile.LabelNotSpdx;
import dev.stacklint.rules.dockerfile.LabelNotGitHash;
import dev.stacklint.rules.dockerfile.LabelNotSemver;
import dev.stacklint.rules.dockerfile.HealthcheckMissing;
import dev.stacklint.rules.dockerfile.LabelNotEmail;
import dev.stacklint.rules.dockerfile.NonNumericUser;
import dev.stacklint.rules.dockerfile.UndefinedArgInFrom;
import dev.stacklint.rules.dockerfile.NoEmptyContinuation;
import dev.stacklint.rules.dockerfile.ConsistentInstructionCasing;
import dev.stacklint.rules.dockerfile.ExposeProtoCasing;
import dev.stacklint.rules.dockerfile.FromAsCasing;
import dev.stacklint.rules.dockerfile.StageNameCasing;
import dev.stacklint.rules.dockerfile.ApkNoCache;
import dev.stacklint.rules.dockerfile.ApkPinVersions;
import dev.stacklint.rules.dockerfile.AptGetNoInstallRecommends;
import dev.stacklint.rules.dockerfile.AptGetPinVersions;
import dev.stacklint.rules.dockerfile.AptGetYes;
import dev.stacklint.rules.dockerfile.AptListsNotCleaned;
import dev.stacklint.rules.dockerfile.InsecureTransport;
import dev.stacklint.rules.dockerfile.UnverifiedPackage;
import dev.stacklint.rules.dockerfile.RemoteScriptToShell;
import dev.stacklint.rules.dockerfile.SshPortExposed;
import dev.stacklint.rules.dockerfile.UpdateWithoutInstall;
import dev.stacklint.rules.dockerfile.WorkdirSystemFolder;
import dev.stacklint.rules.dockerfile.PasswordInRun;
import dev.stacklint.rules.dockerfile.CredentialFileCopied;
import dev.stacklint.rules.dockerfile.ConsecutiveRun;
import dev.stacklint.rules.dockerfile.CopyBeforeDepsInstall;
import dev.stacklint.rules.dockerfile.CopyDestNotDirectory;
import dev.stacklint.rules.dockerfile.CopyFromOwnStage;
import dev.stacklint.rules.dockerfile.CopyFromUnknownStage;
import dev.stacklint.rules.dockerfile.CopyWholeStageRoot;
import dev.stacklint.rules.dockerfile.CopyWithoutWorkdir;
import dev.stacklint.rules.dockerfile.DeprecatedImage;
import dev.stacklint.rules.dockerfile.DnfClean;
import dev.stacklint.rules.dockerfile.DnfPinVersions;
import dev.stacklint.rules.dockerfile.DnfYes;
import dev.stacklint.rules.dockerfile.DuplicateStageName;
import dev.stacklint.rules.dockerfile.EnvSelfReference;
import dev.stacklint.rules.dockerfile.ExtractCopiedArchive;
import dev.stacklint.rules.dockerfile.FromFirst;
import dev.stacklint.rules.dockerfile.FromPlatformFlag;
import dev.stacklint.rules.dockerfile.GemPinVersions;
import dev.stacklint.rules.dockerfile.GoPinVersions;
import dev.stacklint.rules.dockerfile.ImageLatestTag;
import dev.stacklint.rules.dockerfile.ImageTagMissing;
import dev.stacklint.rules.dockerfile.InvalidLabelKey;
import dev.stacklint.rules.dockerfile.InvalidPort;
import dev.stacklint.rules.dockerfile.JsonFormCmd;
import dev.stacklint.rules.dockerfile.LastUserRoot;
import dev.stacklint.rules.dockerfile.MaintainerDeprecated;
import dev.stacklint.rules.dockerfile.MultipleCmd;
import dev.stacklint.rules.dockerfile.MultipleEntrypoint;
import dev.stacklint.rules.dockerfile.MultipleHealthcheck;
import dev.stacklint.rules.dockerfile.NoSudo;
import dev.stacklint.rules.dockerfile.NpmPinVersions;
import dev.stacklint.rules.dockerfile.PipNoCacheDir;
import dev.stacklint.rules.dockerfile.UvRunSyncsAtStart;
import dev.stacklint.rules.dockerfile.UvSyncUnlocked;
import dev.stacklint.rules.dockerfile.PipPinVersions;
import dev.stacklint.rules.dockerfile.PipeWithoutPipefail;
import dev.stacklint.rules.dockerfile.ShellCheckRule;
import dev.stacklint.rules.dockerfile.PointlessCommand;
import dev.stacklint.rules.dockerfile.RedundantTargetPlatform;
import dev.stacklint.rules.dockerfile.RelinkBinSh;
import dev.stacklint.rules.dockerfile.ReservedStageName;
import dev.stacklint.rules.stack.RunsAsRoot;
import dev.stacklint.rules.dockerfile.SecretInArgOrEnv;
import dev.stacklint.rules.dockerfile.UntrustedRegistry;
import dev.stacklint.rules.dockerfile.UseAptGetNotApt;
import dev.stacklint.rules.dockerfile.UseCopyNotAdd;
import dev.stacklint.rules.dockerfile.UseWorkdirNotCd;
import dev.stacklint.rules.dockerfile.UseraddNoLogInit;
import dev.stacklint.rules.dockerfile.WgetAndCurl;
import dev.stacklint.rules.dockerfile.WgetProgress;
import dev.stacklint.rules.dockerfile.WorkdirRelative;
import dev.stacklint.rules.dockerfile.YarnCacheClean;
import dev.stacklint.rules.dockerfile.YumClean;
import dev.stacklint.rules.dockerfile.YumPinVersions;
import dev.stacklint.rules.dockerfile.YumYes;
import dev.stacklint.rules.dockerfile.ZypperClean;
import dev.stacklint.rules.dockerfile.ZypperDistUpgrade;
import dev.stacklint.rules.dockerfile.ZypperNonInteractive;
import dev.stacklint.rules.dockerfile.ZypperPinVersions;
import dev.stacklint.rules.stack.ContextLeaksSecrets;
import dev.stacklint.rules.stack.CopyIgnoredFile;
import dev.stacklint.rules.stack.DevServerInProduction;
import dev.stacklint.rules.stack.HealthcheckToolMissing;
import dev.stacklint.rules.stack.HealthcheckUnroutedPath;
import dev.stacklint.rules.stack.LogToFile;
import dev.stacklint.rules.stack.LoopbackBind;
import dev.stacklint.rules.stack.MissingProxyFix;
import dev.stacklint.rules.workflow.CiMissingDockerfile;
import dev.stacklint.rules.workflow.CiPushesOnlyLatest;
import dev.stacklint.rules.stack.MultipleProcesses;
import dev.stacklint.rules.stack.NginxStaticPathMissing;
import dev.stacklint.rules.stack.NginxSyntax;
import dev.stacklint.rules.stack.ProxyPassPortMismatch;
import dev.stacklint.rules.stack.ProxyPassUnknownService;
import dev.stacklint.rules.stack.PortMismatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
            ParseRules.UNREADABLE_FILE,
            ParseRules.TEMPLATE_SOURCE,
            ParseRules.INPUT_LIMIT,
            ParseRules.OUTSIDE_PROJECT,
            ParseRules.INTERNAL_ERROR,
            // Dockerfile rules
            new CopyBeforeDepsInstall(),
            new ImageTagMissing(),
            new ImageLatestTag(),
            new JsonFormCmd(),
            new PipNoCacheDir(),
            new DeprecatedImage(),
            new RunsAsRoot(),
            new UntrustedRegistry(),
            // hadolint-compatible rules, by code
            new WorkdirRelative(),
            new PointlessCommand(),
            new LastUserRoot(),
            new UseWorkdirNotCd(),
            new NoSudo(),
            new AptGetPinVersions(),
            new AptListsNotCleaned(),
            new ExtractCopiedArchive(),
            new InvalidPort(),
            new MultipleHealthcheck(),
            new PipPinVersions(),
            new AptGetYes(),
            new AptGetNoInstallRecommends(),
            new NpmPinVersions(),
            new ApkPinVersions(),
            new ApkNoCache(),
            new UseCopyNotAdd(),
            new CopyDestNotDirectory(),
            new CopyFromUnknownStage(),
            new CopyFromOwnStage(),
            new DuplicateStageName(),
            new UseAptGetNotApt(),
            new GemPinVersions(),
            new FromPlatformFlag(),
            new YumYes(),
            new YumClean(),
            new YumPinVersions(),
            new ZypperNonInteractive(),
            new ZypperDistUpgrade(),
            new ZypperClean(),
            new ZypperPinVersions(),
            new DnfYes(),
            new DnfClean(),
            new DnfPinVersions(),
            new EnvSelfReference(),
            new CopyWithoutWorkdir(),
            new UseraddNoLogInit(),
            new WgetProgress(),
            new InvalidLabelKey(),
            new ConsecutiveRun(),
            new YarnCacheClean(),
            new FromFirst(),
            new GoPinVersions(),
            new ReservedStageName(),
            new SecretInArgOrEnv(),
            new RedundantTargetPlatform(),
            new CopyWholeStageRoot(),
            new MaintainerDeprecated(),
            new WgetAndCurl(),
            new MultipleCmd(),
            new MultipleEntrypoint(),
            new RelinkBinSh(),
            new PipeWithoutPipefail(),
            new ShellCheckRule(),
            new InlineIgnorePragma(),
            new ForbiddenOnbuildTrigger(),
            new MissingSchemaLabel(),
            new LabelNotInSchema(),
            new EmptySchemaLabel(),
            new LabelNotUrl(),
            new LabelNotRfc3339(),
            new LabelNotSpdx(),
            new LabelNotGitHash(),
            new LabelNotSemver(),
            new HealthcheckMissing(),
            new LabelNotEmail(),
            new NonNumericUser(),
            new InsecureTransport(),
            new UnverifiedPackage(),
            new RemoteScriptToShell(),
            new SshPortExposed(),
            new UpdateWithoutInstall(),
            new WorkdirSystemFolder(),
            new PasswordInRun(),
            new CredentialFileCopied(),
            new UvSyncUnlocked(),
            new UvRunSyncsAtStart(),
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
            new CopyIgnoredFile(),
            new MultipleProcesses(),
            new NginxSyntax(),
            new ProxyPassUnknownService(),
            new ProxyPassPortMismatch(),
            new MissingProxyFix(),
            new NginxStaticPathMissing(),
            new HealthcheckUnroutedPath(),
            new HealthcheckToolMissing(),
            new LogToFile(),
            new CiMissingDockerfile(),
            new CiPushesOnlyLatest(),
            new PrivilegedContainer(),
            new DockerSocketMount(),
            new SensitiveHostMount(),
            new HostNamespace(),
            new DangerousCapability(),
            new UnconfinedSecurityOpt(),
            new DangerousDevice(),
            new SharedMountPropagation(),
            new DatabasePortPublished(),
            new DependsOnCycle(),
            new NoImageOrBuild(),
            new NetworkModeWithNetworks(),
            new DuplicateContainerName(),
            new ContainerNameWithReplicas(),
            new DuplicateHostPort(),
            new DuplicateMountTarget(),
            new MissingEnvFile(),
            new SecretWithoutSource(),
            new ScaleReplicasMismatch(),
            new ResourceLimitsMismatch(),
            new DockerfileAndInline(),
            new ServiceDisabledByProfile(),
            new WatchWithoutTarget(),
            new DeprecatedExternalName(),
            new Yaml11Boolean(),
            new FromAsCasing(),
            new StageNameCasing(),
            new ConsistentInstructionCasing(),
            new ExposeProtoCasing(),
            new NoEmptyContinuation(),
            new UndefinedArgInFrom(),
            new InvalidDefaultArgInFrom(),
            new UndefinedVar(),
            new LegacyKeyValueFormat(),
            new ExposeInvalidFormat(),
            new InvalidDefinitionDescription(),
            new NoNewPrivileges(),
            new NoCapDrop(),
            new NoReadOnlyRootfs(),
            new NoResourceLimits(),
            new NoRestartPolicy(),
            new NoHealthcheck(),
            new UnboundPort(),
            new ImageNotPinnedByDigest(),
            new LoggingDisabled(),
            new RunsAsRootUser(),
            // dclint's rules (style)
            new RequireProjectName(),
            new NoBuildAndImage(),
            new RequireQuotesInPorts(),
            new NoQuotesInVolumes(),
            new ServicesAlphabeticalOrder(),
            new ServiceKeysOrder(),
            new TopLevelPropertiesOrder(),
            new ServiceDependenciesAlphabeticalOrder(),
            new ServicePortsAlphabeticalOrder(),
            new ContainerNamePattern());

    /**
     * Every code, name and alias, lower-cased, to the rules it names in registry order: the engine asks for a rule by
     * name for every finding (selectors, suppressions), so a lookup is a map read, not a scan of every rule.
     */
    private static final Map<String, List<Rule>> BY_NAME = index();

    private BuiltinRules() {
    }

    private static Map<String, List<Rule>> index() {
        Map<String, List<Rule>> index = new HashMap<>();
        for (Rule r : ALL) {
            RuleMeta m = r.meta();
            Stream.concat(Stream.of(m.code(), m.name()), m.aliases().stream())
                    .map(n -> n.toLowerCase(Locale.ROOT)).distinct()
                    .forEach(n -> index.computeIfAbsent(n, k -> new ArrayList<>()).add(r));
        }
        index.replaceAll((k, rules) -> List.copyOf(rules));
        return Map.copyOf(index);
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this code or kebab-case name (the first, for an alias several rules share). */
    public static Optional<Rule> find(String codeOrName) {
        return findAll(codeOrName).stream().findFirst();
    }

    /** For a code passed through by a rule (SC2086, by SL140): that rule; empty for a rule of the registry. */
    public static Optional<RuleMeta> passedThroughBy(RuleMeta code) {
        if (find(code.code()).isPresent()) {
            return Optional.empty();
        }
        return code.aliases().stream().map(BuiltinRules::find).flatMap(Optional::stream).map(Rule::meta).findFirst();
    }

    /** What a code, name or alias names: a rule's metadata, or a ShellCheck code (SC2086) that SL140 passes through. */
    public static Optional<RuleMeta> meta(String codeOrName) {
        return find(codeOrName).map(Rule::meta).or(() -> ShellCheckRule.code(codeOrName));
    }

    /** Every rule this code, name or alias names: one, except for an alias of several rules; empty for none. */
    public static List<Rule> findAll(String codeOrName) {
        return BY_NAME.getOrDefault(codeOrName.trim().toLowerCase(Locale.ROOT), List.of());
    }
}
