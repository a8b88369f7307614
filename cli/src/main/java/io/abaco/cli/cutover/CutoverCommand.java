package io.abaco.cli.cutover;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code abaco cutover}: the phased, journaled, resumable move from V1 to V2. */
@Command(
        name = "cutover",
        description =
                "Move production from V1 to V2: the whole cutover, one phase, its status, resume it, or rehearse it.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            CutoverRunCommand.class,
            CutoverStatusCommand.class,
            CutoverResumeCommand.class,
            CutoverRehearseCommand.class,
            PreflightCommand.class,
            BackupCommand.class,
            StagingValidateCommand.class,
            V1StopCommand.class,
            V2ActivateCommand.class,
            PostValidateCommand.class
        })
public final class CutoverCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: run, status, resume, or a phase");
    }
}
