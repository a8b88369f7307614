package io.abaco.cli.cutover;

import io.abaco.cutover.Phase;
import picocli.CommandLine.Command;

/** {@code abaco cutover backup}. */
@Command(name = "backup", description = "Back up config, metrics and tables to .rollback/<id>/ and verify the copy.")
public final class BackupCommand extends PhaseCommandBase {
    @Override
    Phase phase() {
        return Phase.BACKUP;
    }
}
