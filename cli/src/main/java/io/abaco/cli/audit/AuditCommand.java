package io.abaco.cli.audit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code abaco audit}: the runs' audit trails. */
@Command(
        name = "audit",
        description = "Check the hash-chained audit trail of pipeline runs.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {AuditVerifyCommand.class})
public final class AuditCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: verify");
    }
}
