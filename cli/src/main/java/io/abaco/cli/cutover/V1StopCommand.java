package io.abaco.cli.cutover;

import io.abaco.cutover.Phase;
import picocli.CommandLine.Command;

/** {@code abaco cutover v1-stop}. */
@Command(name = "v1-stop", description = "Wait for an in-flight V1 run, stop V1, verify it stopped.")
public final class V1StopCommand extends PhaseCommandBase {
    @Override
    Phase phase() {
        return Phase.V1_STOP;
    }
}
