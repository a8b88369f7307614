package io.abaco.pipeline.run;

/** Hears about a run as it goes, for progress display. Called on the running thread; must be quick. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {};

    /** @param phase ingestion, transformation, calculation or output */
    default void phaseStarted(String phase) {}

    default void phaseFinished(String phase, long rows, long durationMs) {}

    /** Every 100 000 accepted rows while the tape streams. */
    default void rowsRead(long rows) {}

    /** A file was staged under a temporary name (it is published only when the whole run succeeds). */
    default void fileStaged(String finalPath) {}
}
