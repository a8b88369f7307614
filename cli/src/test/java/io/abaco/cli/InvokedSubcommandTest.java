package io.abaco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.cli.completion.CompletionCommand;
import io.abaco.cli.pipeline.PipelineCommand;
import io.abaco.cli.status.StatusCommand;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

class InvokedSubcommandTest {
    @TempDir
    Path root;

    @Test
    void aPlainCommandLineNamesItsSubcommand() {
        assertThat(InvokedSubcommand.of("pipeline", "run")).isEqualTo(PipelineCommand.class);
        assertThat(InvokedSubcommand.of("-w", "ws", "pipeline", "run")).isEqualTo(PipelineCommand.class);
        assertThat(InvokedSubcommand.of("--workspace", "ws", "--env", "staging", "--verbose", "status"))
                .isEqualTo(StatusCommand.class);
        assertThat(InvokedSubcommand.of("--workspace=ws", "--env=staging", "--stacktrace", "status", "--help"))
                .isEqualTo(StatusCommand.class);
    }

    @Test
    void everyDeclaredSubcommandIsFoundByItsName() {
        for (Class<?> subcommand :
                AbacoCommandTree.class.getAnnotation(Command.class).subcommands()) {
            if (subcommand == CompletionCommand.class) continue;
            String name = subcommand.getAnnotation(Command.class).name();
            assertThat(InvokedSubcommand.of("-w", "ws", name)).as(name).isEqualTo(subcommand);
        }
    }

    @Test
    void anythingUnusualLeavesItToTheWholeTree() {
        assertThat(InvokedSubcommand.of()).isNull();
        assertThat(InvokedSubcommand.of("--help")).isNull();
        assertThat(InvokedSubcommand.of("-h", "pipeline", "run")).isNull();
        assertThat(InvokedSubcommand.of("-V")).isNull();
        assertThat(InvokedSubcommand.of("confg", "validate")).isNull();
        assertThat(InvokedSubcommand.of("--bogus", "pipeline", "run")).isNull();
        assertThat(InvokedSubcommand.of("-w=ws", "pipeline", "run")).isNull();
        assertThat(InvokedSubcommand.of("@args.txt")).isNull();
        assertThat(InvokedSubcommand.of("--", "pipeline")).isNull();
        assertThat(InvokedSubcommand.of("-w")).isNull();
        assertThat(InvokedSubcommand.of("-w", "--verbose", "status")).isNull();
        assertThat(InvokedSubcommand.of("--env", "pipeline", "run")).isNull(); // a value that is a command name
        assertThat(InvokedSubcommand.of("completion", "bash")).isNull(); // the script lists every command
    }

    /** Only the model differs: output and exit code are those of the whole tree. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "pipeline --help",
                "pipeline run --help",
                "pipeline",
                "pipeline bogus",
                "pipeline run --bogus",
                "-w {root}/missing pipeline run",
                "-w {root} status",
                "--env production -w {root} config validate",
                "--verbose config show --jsn",
                "--env= status",
                "cutover --help",
                "rollback --help",
                "init {root}/ws --rows 10 --bogus",
            })
    void aCommandLineNamingOneSubcommandRunsAsWithTheWholeTree(String line) {
        String[] args = line.replace("{root}", root.toString()).split(" ");
        assertThat(InvokedSubcommand.of(args)).isNotNull();

        CliRun alone = CliRun.of(Map.of(), args);
        CliRun whole = CliRun.of(Map.of(), commandLine -> {}, args);

        assertThat(alone).isEqualTo(whole);
    }
}
