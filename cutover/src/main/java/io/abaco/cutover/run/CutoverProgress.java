package io.abaco.cutover.run;

import io.abaco.cutover.Phase;
import io.abaco.cutover.report.PhaseReport;

/** Observes a cutover as it goes, for progress lines on a terminal or JSON events for machines. */
public interface CutoverProgress {
    CutoverProgress SILENT = new CutoverProgress() {};

    default void phaseStarted(Phase phase, int position, int total) {}

    default void note(Phase phase, String message) {}

    default void phaseFinished(PhaseReport report) {}
}
