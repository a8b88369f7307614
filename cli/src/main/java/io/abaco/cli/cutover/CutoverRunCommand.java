package io.abaco.cli.cutover;

import io.abaco.cutover.Phase;
import io.abaco.cutover.run.CutoverResult;
import picocli.CommandLine.Command;

/** {@code abaco cutover run}: all six phases in order, stopping at the first failure. */
@Command(
        name = "run",
        description = {
            "Run the whole cutover: preflight, backup, staging-validate, v1-stop, v2-activate, post-validate.",
            "Stops at the first failed phase; 'abaco cutover status' then says what to run next."
        })
public final class CutoverRunCommand extends PhaseCommandBase {
    @Override
    Phase phase() {
        return Phase.PREFLIGHT;
    }

    @Override
    public Integer call() {
        CutoverResult result = cutover().run(options(flags));
        return CutoverOutcome.print(result, out(), flags.json, this::printJson);
    }
}
