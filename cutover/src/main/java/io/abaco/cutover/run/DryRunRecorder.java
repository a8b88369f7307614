package io.abaco.cutover.run;

import io.abaco.cutover.Phase;
import io.abaco.cutover.report.PhaseReport;

/** The recorder of a dry run: writes nothing (the progress display shows what would happen). */
public final class DryRunRecorder implements CutoverRecorder {
    @Override
    public int phaseStarted(Phase phase) {
        return 0;
    }

    @Override
    public void note(Phase phase, String message) {}

    @Override
    public void phaseFinished(PhaseReport report) {}
}
