package dev.stacklint.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' options, built with picocli's programmatic API: reading {@code @Option} annotations costs a run
 * reflection and a dynamic proxy per annotation type, a fifth of a one-file run's start-up. The help text, the
 * errors and the values are those the annotations gave.
 */
final class Specs {
    private Specs() {
    }

    /** A command named {@code name} running {@code command}; its options are added, then {@link #withHelp}. */
    static CommandSpec command(String name, Object command, String description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /** {@code spec} with {@code -h}/{@code --help} and {@code -V}/{@code --version} after its own options. */
    static CommandSpec withHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** An option without a value. */
    static OptionSpec flag(String name, String description) {
        return flag(new String[] {name}, description);
    }

    static OptionSpec flag(String[] names, String description) {
        return OptionSpec.builder(names).type(boolean.class).description(description).build();
    }

    /** An option taking one value of {@code type}. */
    static OptionSpec.Builder option(String name, String label, Class<?> type, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(type).description(description);
    }

    /** A repeatable option, each value of {@code type}. */
    static OptionSpec.Builder repeatable(String[] names, String label, Class<?> type, String description) {
        return OptionSpec.builder(names).paramLabel(label).type(java.util.List.class).auxiliaryTypes(type)
                .description(description);
    }

    static PositionalParamSpec.Builder positional(String label, String description) {
        return PositionalParamSpec.builder().paramLabel(label).description(description);
    }

    /** The value given to {@code option} of {@code spec}, or its default (null for none; false for an absent flag). */
    @SuppressWarnings("unchecked")
    static <T> T value(CommandSpec spec, String option) {
        return (T) spec.findOption(option).getValue();
    }

    static boolean flag(CommandSpec spec, String option) {
        return Boolean.TRUE.equals(spec.findOption(option).getValue());
    }
}
