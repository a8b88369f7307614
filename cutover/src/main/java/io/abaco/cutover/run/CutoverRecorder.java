package io.abaco.cutover.run;

import io.abaco.cutover.Phase;
import io.abaco.cutover.report.PhaseReport;

/**
 * Where a cutover leaves its traces: journal.jsonl (machine state, fsynced), cutover.log (human lines) and the
 * NN-phase.json reports. The dry-run implementation writes nothing.
 */
public interface CutoverRecorder {
    /** Records that a phase starts; returns the attempt number (1 for the first time). */
    int phaseStarted(Phase phase);

    /** One human line in cutover.log, {@code [timestamp] [phase] message}. */
    void note(Phase phase, String message);

    /** Writes the phase report (also for failures) and the journal entry that ends the phase. */
    void phaseFinished(PhaseReport report);
}
