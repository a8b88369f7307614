package io.abaco.cli.cutover;

import io.abaco.cutover.Phase;
import picocli.CommandLine.Command;

/** {@code abaco cutover v2-activate}. */
@Command(name = "v2-activate", description = "Apply migrations, start V2, wait until healthy, make it active.")
public final class V2ActivateCommand extends PhaseCommandBase {
    @Override
    Phase phase() {
        return Phase.V2_ACTIVATE;
    }
}
