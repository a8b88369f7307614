package io.abaco.cli.pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code abaco pipeline}: the V2 pipeline itself. */
@Command(
        name = "pipeline",
        description = "Run the V2 pipeline.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {PipelineRunCommand.class})
public final class PipelineCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: run");
    }
}
