package io.abaco.cli.cutover;

import io.abaco.cutover.Phase;
import picocli.CommandLine.Command;

/** {@code abaco cutover preflight}. */
@Command(name = "preflight", description = "Check that everything a cutover needs is in place; changes nothing.")
public final class PreflightCommand extends PhaseCommandBase {
    @Override
    Phase phase() {
        return Phase.PREFLIGHT;
    }
}
