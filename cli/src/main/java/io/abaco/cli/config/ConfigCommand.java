package io.abaco.cli.config;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code abaco config}: the group of configuration commands. */
@Command(
        name = "config",
        description = "Check or show the workspace configuration.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {ConfigValidateCommand.class, ConfigShowCommand.class})
public final class ConfigCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: validate or show");
    }
}
