package io.abaco.cli;

import static io.abaco.cli.RootCommandTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one exception → exit-code mapper (DESIGN §11), driven through a test-only subcommand. */
class ErrorReportingTest {
    @TempDir
    Path workspace;

    @TempDir
    Path home;

    @BeforeEach
    void makeAWorkspace() throws IOException {
        Files.createDirectories(workspace.resolve("config"));
        Files.writeString(workspace.resolve("config/pipeline.yml"), "version: 2\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "verdict  | 1 | abaco: 2 of 5 checks FAILED",
                "external | 1 | abaco: database did not answer",
                "input    | 2 | abaco: data/raw/tape.csv:7:3: total_receivable_usd: not a number",
                "state    | 3 | abaco: cutover c-1 holds the lock",
            })
    void eachFailureHasItsExitCodeAndOneLine(String kind, int exitCode, String message) {
        CliRun run = fail(kind);

        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.stderr()).isEqualTo(lines(message));
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void aUsageExceptionSaysWhatToTry() {
        CliRun run = fail("usage");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .isEqualTo(lines("abaco: --from must come before --to", "abaco: Try 'abaco fail --help'."));
    }

    @Test
    void aConfigExceptionListsEveryProblem() {
        CliRun run = fail("config");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .isEqualTo(lines(
                        "abaco: config/pipeline.yml:3:5: pipeline.ingestion.strict: not a boolean",
                        "abaco: config/pipeline.yml:9:3: pipline: unknown key; did you mean 'pipeline'?"));
    }

    @Test
    void anInternalErrorSaysSoAndLogsTheTraceInTheWorkspace() throws IOException {
        CliRun run = fail("bug");

        Path log = workspace.resolve("logs/abaco-errors.log");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.stderr())
                .isEqualTo(lines(
                        "abaco: internal error: java.lang.IllegalStateException: kaboom (details in " + log + ")"));
        assertThat(Files.readString(log))
                .contains("java.lang.IllegalStateException: kaboom")
                .contains("at io.abaco.cli.FailingCommand.call");
    }

    @Test
    void anErrorIsAnInternalErrorToo() throws IOException {
        CliRun run = fail("error");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.stderr())
                .startsWith("abaco: internal error: java.lang.StackOverflowError: deep (details in ")
                .doesNotContain("\tat ");
        assertThat(Files.readString(workspace.resolve("logs/abaco-errors.log")))
                .contains("at io.abaco.cli.FailingCommand.call");
    }

    @Test
    void outsideAWorkspaceTheTraceGoesUnderHome() throws IOException {
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        CliRun run = CliRun.of(
                Map.of("HOME", home.toString()),
                commandLine -> commandLine.addSubcommand(new FailingCommand()),
                "-w",
                elsewhere.toString(),
                "fail",
                "bug");

        Path log = home.resolve(".abaco/logs/abaco-errors.log");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.stderr()).endsWith("(details in " + log + ")" + System.lineSeparator());
        assertThat(Files.readString(log)).contains("at io.abaco.cli.FailingCommand.call");
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void noStackTraceWithoutStacktrace() {
        for (String kind : new String[] {"verdict", "usage", "config", "input", "state", "bug"}) {
            CliRun run = fail(kind);
            assertThat(run.stderr()).as(kind).doesNotContain("\tat ");
            assertThat(run.stderr().lines()).as(kind).allMatch(line -> line.startsWith("abaco: "));
        }
    }

    @Test
    void stacktracePrintsTheTrace() {
        CliRun internal = fail("bug", "--stacktrace");
        CliRun verdict = fail("verdict", "--stacktrace");

        assertThat(internal.exitCode()).isEqualTo(4);
        assertThat(internal.stderr())
                .contains("java.lang.IllegalStateException: kaboom", "\tat io.abaco.cli.FailingCommand.call");
        assertThat(verdict.exitCode()).isEqualTo(1);
        assertThat(verdict.stderr()).contains("io.abaco.error.VerdictException", "\tat ");
    }

    @Test
    void stacktraceAlsoShowsTheTraceOfABadCommandLine() {
        CliRun run = CliRun.of(Map.of(), "--stacktrace", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("UnmatchedArgumentException", "\tat picocli.");
    }

    @Test
    void verboseLogsToStderrAndTheWorkspaceLog() throws IOException {
        CliRun run = fail("verdict", "--verbose");

        assertThat(run.stderr()).contains("abaco: WARN FailingCommand: about to fail: verdict");
        assertThat(Files.readString(workspace.resolve("logs/abaco.log")))
                .contains("WARN", "io.abaco.cli.FailingCommand", "about to fail: verdict");
    }

    @Test
    void withoutVerboseLogsGoOnlyToTheWorkspaceLog() throws IOException {
        CliRun run = fail("verdict");

        assertThat(run.stderr()).doesNotContain("about to fail");
        assertThat(Files.readString(workspace.resolve("logs/abaco.log"))).contains("about to fail: verdict");
    }

    private CliRun fail(String kind, String... options) {
        String[] args = new String[4 + options.length];
        args[0] = "-w";
        args[1] = workspace.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        args[2 + options.length] = "fail";
        args[3 + options.length] = kind;
        return CliRun.of(
                Map.of("HOME", home.toString()), commandLine -> commandLine.addSubcommand(new FailingCommand()), args);
    }
}
