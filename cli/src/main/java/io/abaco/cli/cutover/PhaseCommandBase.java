package io.abaco.cli.cutover;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.cutover.Phase;
import io.abaco.cutover.run.Cutover;
import io.abaco.cutover.run.CutoverOptions;
import io.abaco.cutover.run.CutoverProgress;
import io.abaco.cutover.run.CutoverResult;
import java.time.Clock;
import picocli.CommandLine.Mixin;

/** Runs one phase of the unfinished cutover (or of a new one, for preflight). */
abstract class PhaseCommandBase extends AbacoSubcommand {
    @Mixin
    CutoverFlags flags;

    abstract Phase phase();

    @Override
    public Integer call() {
        CutoverResult result = cutover().runPhase(phase(), options(flags));
        return CutoverOutcome.print(result, out(), flags.json, this::printJson);
    }

    /**
     * The cutover of the selected environment. V1 and V2 are started with {@code PIPELINE_ENV} set to it: a V2
     * started by {@code abaco --env production cutover run} must serve production, not its own default.
     */
    Cutover cutover() {
        return new Cutover(workspace(), loadConfig(), serviceEnvironment(), Clock.systemUTC());
    }

    CutoverOptions options(CutoverFlags flags) {
        CutoverProgress progress = flags.json ? CutoverProgress.SILENT : new ProgressPrinter(err());
        return new CutoverOptions(flags.dryRun, flags.forceUnlock, progress);
    }
}
