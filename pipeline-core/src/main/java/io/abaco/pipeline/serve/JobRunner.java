package io.abaco.pipeline.serve;

import io.abaco.config.Secrets;
import io.abaco.error.AbacoException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled execution: runs the job, turns whatever happens into a {@link JobOutcome}, records and logs it.
 * Never throws, because a periodic task that throws is silently dropped by its executor and the service would stop
 * running the pipeline while still answering {@code /health}.
 */
final class JobRunner implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(PipelineService.class);

    private final ScheduledJob job;
    private final ServeStatus status;
    private final Clock clock;

    JobRunner(ScheduledJob job, ServeStatus status, Clock clock) {
        this.job = job;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public void run() {
        if (status.snapshot().stopping()) return;
        Instant startedAt = clock.instant();
        log.info("run starting");
        JobOutcome outcome;
        try {
            outcome = job.runOnce();
            if (outcome == null)
                outcome = JobOutcome.failed(null, startedAt, clock.instant(), "the job returned no outcome");
        } catch (Throwable failure) {
            if (failure instanceof InterruptedException) Thread.currentThread().interrupt();
            outcome = JobOutcome.failed(null, startedAt, clock.instant(), describe(failure));
        }
        status.record(outcome);
        logOutcome(outcome);
    }

    private static void logOutcome(JobOutcome outcome) {
        if (outcome.succeeded()) {
            log.info(
                    "run {} succeeded in {} ms: {} rows, kpis {}",
                    outcome.runId(),
                    outcome.durationMs(),
                    outcome.rows(),
                    outcome.kpis());
        } else {
            log.warn(
                    "run {} failed after {} ms: {}",
                    outcome.runId() == null ? "(no id)" : outcome.runId(),
                    outcome.durationMs(),
                    Secrets.redact(outcome.error()));
        }
    }

    /** Operator-level text: our own exceptions carry a message meant for operators; anything else is named. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof AbacoException && message != null) return Secrets.redact(message);
        if (failure instanceof InterruptedException) return "interrupted: abandoned at shutdown";
        String type = failure.getClass().getName();
        return Secrets.redact(message == null ? type : type + ": " + message);
    }
}
