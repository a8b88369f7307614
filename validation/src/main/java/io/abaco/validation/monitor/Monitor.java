package io.abaco.validation.monitor;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.fs.AtomicFiles;
import io.abaco.validation.Sleeper;
import io.abaco.validation.ValidationJson;
import io.abaco.validation.report.ValidationReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code abaco monitor}: runs a validation at the start of the window and every interval up to and including its
 * end (hourly for 24 hours: 25 runs), and rewrites
 * {@code logs/validation/monitor-summary.json} (atomically) after every run (DESIGN §9).
 *
 * <p>A validation that throws is recorded as a FAIL run with its error, and monitoring goes on. A run that overruns
 * the interval skips the slots it missed. {@link #stop()} (from a SIGTERM/SIGINT shutdown hook) ends the window
 * after the current validation, never in the middle of one; the summary then says {@code stopped}.
 *
 * <p>{@link #run()} is called by one thread; {@link #stop()} and {@link #awaitFinished} are safe from any thread.
 */
public final class Monitor {
    public static final String SUMMARY_FILE = "monitor-summary.json";

    private final Supplier<ValidationReport> validate;
    private final MonitorSettings settings;
    private final Path summaryFile;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Object sleepLock = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private Thread runner;
    private boolean sleeping;

    public Monitor(
            Supplier<ValidationReport> validate,
            MonitorSettings settings,
            Path summaryFile,
            Clock clock,
            Sleeper sleeper) {
        this.validate = validate;
        this.settings = settings;
        this.summaryFile = summaryFile;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** {@code logs/validation/monitor-summary.json} of {@code workspace}. */
    public static Path summaryFile(Workspace workspace) {
        return workspace.validationHistoryDir().resolve(SUMMARY_FILE);
    }

    /** Runs the whole window (or until stopped) and returns the final summary, also written to the file. */
    public MonitorSummary run() {
        synchronized (sleepLock) {
            runner = Thread.currentThread();
        }
        try {
            Instant start = clock.instant();
            MonitorTally tally = new MonitorTally(start, settings);
            long slot = 0;
            while (!stopRequested) {
                Instant due = start.plus(settings.interval().multipliedBy(slot));
                if (due.isAfter(tally.plannedEnd())) break;
                if (!sleepUntil(due)) break;
                runOnce(tally);
                tally.decide(clock.instant(), false);
                write(tally.summary(clock.instant(), "running"));
                slot = nextSlot(start, slot);
            }
            String state = stopRequested ? "stopped" : "completed";
            tally.decide(clock.instant(), !stopRequested);
            MonitorSummary summary = tally.summary(clock.instant(), state);
            write(summary);
            return summary;
        } finally {
            finished.countDown();
        }
    }

    /** Asks the window to end after the current validation; wakes a sleeping monitor at once. */
    public void stop() {
        stopRequested = true;
        synchronized (sleepLock) {
            if (sleeping && runner != null) runner.interrupt();
        }
    }

    /**
     * A shutdown hook for SIGTERM/SIGINT (register it with {@link Runtime#addShutdownHook}): asks the monitor to stop
     * and waits up to {@code grace} for the current validation to end and the final summary to be written.
     */
    public Thread shutdownHook(Duration grace) {
        return new Thread(
                () -> {
                    stop();
                    try {
                        awaitFinished(grace);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "abaco-monitor-shutdown");
    }

    /** Waits for {@link #run()} to return (e.g. in a shutdown hook, so the final summary is written). */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce(MonitorTally tally) {
        Instant at = clock.instant();
        try {
            ValidationReport report = validate.get();
            tally.recordReport(at, MonitorTally.millisBetween(at, clock.instant()), report);
        } catch (RuntimeException e) {
            String error = Secrets.redact(e.getClass().getSimpleName() + ": " + e.getMessage());
            tally.recordFailure(at, MonitorTally.millisBetween(at, clock.instant()), error);
        }
    }

    /** The next slot that is not already in the past (a run that overran skips what it missed). */
    private long nextSlot(Instant start, long slot) {
        long next = slot + 1;
        long elapsed = Duration.between(start, clock.instant()).toMillis();
        long behind = elapsed / settings.interval().toMillis();
        return Math.max(next, behind + (elapsed % settings.interval().toMillis() == 0 ? 0 : 1));
    }

    /** @return false when stopped while waiting */
    private boolean sleepUntil(Instant due) {
        Duration wait = Duration.between(clock.instant(), due);
        if (wait.isNegative() || wait.isZero()) return !stopRequested;
        synchronized (sleepLock) {
            if (stopRequested) return false;
            sleeping = true;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            stopRequested = true;
        } finally {
            synchronized (sleepLock) {
                sleeping = false;
                // an interrupt aimed at the sleep that arrived just after it ended must not hit the next validation
                if (Thread.interrupted()) stopRequested = true;
            }
        }
        return !stopRequested;
    }

    private void write(MonitorSummary summary) {
        AtomicFiles.writeString(summaryFile, ValidationJson.write(summary));
    }
}
