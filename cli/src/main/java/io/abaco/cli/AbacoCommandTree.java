package io.abaco.cli;

import io.abaco.cli.audit.AuditCommand;
import io.abaco.cli.completion.CompletionCommand;
import io.abaco.cli.config.ConfigCommand;
import io.abaco.cli.cutover.CutoverCommand;
import io.abaco.cli.init.InitCommand;
import io.abaco.cli.pipeline.PipelineCommand;
import io.abaco.cli.report.ReportCommand;
import io.abaco.cli.rollback.RollbackCommand;
import io.abaco.cli.serve.ServeCommand;
import io.abaco.cli.service.ServiceCommand;
import io.abaco.cli.status.StatusCommand;
import io.abaco.cli.validation.MonitorCommand;
import io.abaco.cli.validation.ShadowCommand;
import io.abaco.cli.validation.ValidateCommand;
import picocli.CommandLine.Command;

/**
 * {@code abaco} with every subcommand, in the order help lists them. Picocli builds the model of each one by
 * reflection (~0.1 s at start-up for all of them), so {@link Main} uses this tree only when the command line does
 * not plainly name one subcommand ({@link InvokedSubcommand}); help, errors, completion and the man pages see it
 * whole.
 */
@Command(
        subcommands = {
            InitCommand.class,
            ConfigCommand.class,
            PipelineCommand.class,
            ValidateCommand.class,
            ShadowCommand.class,
            MonitorCommand.class,
            AuditCommand.class,
            ServeCommand.class,
            CutoverCommand.class,
            RollbackCommand.class,
            ServiceCommand.class,
            ReportCommand.class,
            StatusCommand.class,
            CompletionCommand.class
        })
public final class AbacoCommandTree extends AbacoCommand {
    public AbacoCommandTree(CliContext context) {
        super(context);
    }
}
