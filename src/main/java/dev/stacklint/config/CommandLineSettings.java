package dev.stacklint.config;

import dev.stacklint.project.Environment;
import dev.stacklint.rule.RuleMeta;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the command line says about configuration; it wins over every file.
 *
 * @param configFile       {@code --config}: this file instead of the {@code .stacklint.yaml} found by walking up
 * @param levels           {@code --ignore} (off) and {@code --severity}
 * @param failureThreshold {@code --failure-threshold}
 * @param environment      {@code --env}: every file is production, or every file development
 * @param selection        {@code --select} and {@code --extend-select}
 * @param trustedRegistries {@code --trusted-registry}: added to the configuration's
 */
public record CommandLineSettings(Optional<Path> configFile, Map<RuleMeta, Level> levels,
                                  Optional<FailureThreshold> failureThreshold, Optional<Environment> environment,
                                  Selection selection, List<String> trustedRegistries) {
    public static final CommandLineSettings NONE =
            new CommandLineSettings(Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Selection.DEFAULT);

    public CommandLineSettings(Optional<Path> configFile, Map<RuleMeta, Level> levels,
                               Optional<FailureThreshold> failureThreshold, Optional<Environment> environment,
                               Selection selection) {
        this(configFile, levels, failureThreshold, environment, selection, List.of());
    }

    public CommandLineSettings(Optional<Path> configFile, Map<RuleMeta, Level> levels,
                               Optional<FailureThreshold> failureThreshold, Optional<Environment> environment) {
        this(configFile, levels, failureThreshold, environment, Selection.DEFAULT);
    }
}
