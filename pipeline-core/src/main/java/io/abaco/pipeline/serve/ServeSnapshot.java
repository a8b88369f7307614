package io.abaco.pipeline.serve;

import java.time.Instant;
import java.util.Objects;

/**
 * What the service knows at one instant: immutable, swapped as a whole by {@link ServeStatus}.
 *
 * @param startedAt when the service started; never null
 * @param stopping true once shutdown has begun (no new runs start)
 * @param lastRun the most recent completed run, successful or not; null before the first one completes
 * @param lastSuccess the most recent successful run (its KPIs feed {@code /metrics}); null if none yet
 * @param successfulRuns runs that succeeded since the service started
 * @param failedRuns runs that failed (or threw) since the service started
 * @param rowsProcessed rows of the successful runs since the service started
 */
public record ServeSnapshot(
        Instant startedAt,
        boolean stopping,
        JobOutcome lastRun,
        JobOutcome lastSuccess,
        long successfulRuns,
        long failedRuns,
        long rowsProcessed) {

    public ServeSnapshot {
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A service that has just started and completed no run. */
    public static ServeSnapshot startingAt(Instant startedAt) {
        return new ServeSnapshot(startedAt, false, null, null, 0, 0, 0);
    }

    /** This snapshot with one more completed run. */
    public ServeSnapshot withOutcome(JobOutcome outcome) {
        if (outcome.succeeded()) {
            return new ServeSnapshot(
                    startedAt,
                    stopping,
                    outcome,
                    outcome,
                    successfulRuns + 1,
                    failedRuns,
                    rowsProcessed + outcome.rows());
        }
        return new ServeSnapshot(
                startedAt, stopping, outcome, lastSuccess, successfulRuns, failedRuns + 1, rowsProcessed);
    }

    /** This snapshot, marked as shutting down. */
    public ServeSnapshot asStopping() {
        return new ServeSnapshot(startedAt, true, lastRun, lastSuccess, successfulRuns, failedRuns, rowsProcessed);
    }
}
