package dev.stacklint.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Top-level --help, --version with the build's commit, and shell completion. */
class CliHelpTest {
    @Test
    void topLevelHelpShowsTheLintOptionsExitCodesAndOtherCommands() {
        for (String flag : new String[] {"--help", "-h"}) {
            CliRun run = CliRun.of(flag);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("--exclude=GLOB", "--baseline=FILE", "--max-warnings=N", "--quiet")
                    .contains("Exit codes:\n  0   no finding at or above the failure threshold\n")
                    .contains("  2   usage or configuration error\n")
                    .contains("  stacklint explain RULE ", "  stacklint generate-completion ");
        }
    }

    @Test
    void versionNamesTheCommitOrUnknown() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("stacklint \\S+ \\(commit ([0-9a-f]{12}|unknown)\\)\\n");
    }

    @Test
    void everySpellingOfVersionPrintsTheSame() {
        String version = CliRun.of("--version").out();
        for (String[] args : new String[][] {{"-V"}, {"lint", "--version"}, {"lint", "-V"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).as(String.join(" ", args)).isEqualTo(version);
        }
    }

    @Test
    void theSubcommandNamesAreThoseOfTheCommandLine() {
        assertThat(StacklintCommand.commandLine(java.time.Clock.systemUTC(), "help").getSubcommands().keySet())
                .containsExactlyElementsOf(StacklintCommand.SUBCOMMANDS);
        for (String alone : new String[] {"lint", "rules", "explain"}) {
            assertThat(StacklintCommand.commandLine(java.time.Clock.systemUTC(), alone).getSubcommands().keySet())
                    .containsExactly(alone);
        }
    }

    @Test
    void generateCompletionPrintsABashCompletionScript() {
        CliRun run = CliRun.of("generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_stacklint");
    }
}
