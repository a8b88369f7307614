package io.abaco.cli.cutover;

import io.abaco.cutover.Phase;
import io.abaco.cutover.run.CutoverResult;
import picocli.CommandLine.Command;

/** {@code abaco cutover resume}: continue the unfinished cutover from its first phase not passed. */
@Command(name = "resume", description = "Continue the unfinished cutover from its first phase that has not passed.")
public final class CutoverResumeCommand extends PhaseCommandBase {
    @Override
    Phase phase() {
        return Phase.PREFLIGHT;
    }

    @Override
    public Integer call() {
        CutoverResult result = cutover().resume(options(flags));
        return CutoverOutcome.print(result, out(), flags.json, this::printJson);
    }
}
