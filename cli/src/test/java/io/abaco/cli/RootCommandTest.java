package io.abaco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RootCommandTest {
    private static final Map<String, String> ENVIRONMENT = Map.of();

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CliRun run = CliRun.of(ENVIRONMENT, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout())
                .startsWith("Usage: abaco ")
                .contains("-w, --workspace=DIR", "--env=ENV", "--stacktrace")
                .containsPattern("(?m)^  init +")
                .containsPattern("(?m)^  config +")
                .containsPattern("(?m)^  completion +")
                .contains("3  refused by state");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void subcommandsInheritTheGlobalOptions() {
        CliRun run = CliRun.of(ENVIRONMENT, "config", "validate", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("--workspace=DIR", "--env=ENV", "--stacktrace", "--verbose");
    }

    @Test
    void versionNamesTheVersionAndTheCommit() {
        CliRun run = CliRun.of(ENVIRONMENT, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).matches("abaco \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\Rcommit ([0-9a-f]{40}|unknown)\\R");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithAHint() {
        CliRun run = CliRun.of(ENVIRONMENT, "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo(lines("abaco: unknown option '--bogus'", "abaco: Try 'abaco --help'."));
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void aMistypedOptionOfASubcommandGetsADidYouMean() {
        CliRun run = CliRun.of(ENVIRONMENT, "config", "show", "--jsn");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .isEqualTo(lines(
                        "abaco: unknown option '--jsn'; did you mean '--json'?",
                        "abaco: Try 'abaco config show --help'."));
    }

    @Test
    void aMistypedCommandGetsADidYouMean() {
        CliRun run = CliRun.of(ENVIRONMENT, "confg", "validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("abaco: unknown command 'confg'; did you mean 'config'");
        assertThat(run.stderr()).endsWith("abaco: Try 'abaco --help'." + System.lineSeparator());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of(ENVIRONMENT);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo(lines("abaco: missing command", "abaco: Try 'abaco --help'."));
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        CliRun run = CliRun.of(ENVIRONMENT, "init", "somewhere", "--rows", "many");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .contains("abaco: Invalid value for option '--rows': 'many' is not a long")
                .contains("abaco: Try 'abaco init --help'.");
    }

    @Test
    void completionPrintsABashScript() {
        CliRun run = CliRun.of(ENVIRONMENT, "completion", "bash");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("complete -F _complete_abaco", "init", "config", "--workspace");
    }

    @Test
    void completionRefusesAnUnknownShell() {
        CliRun run = CliRun.of(ENVIRONMENT, "completion", "tcsh");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("tcsh").contains("abaco: Try 'abaco completion --help'.");
    }

    static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
