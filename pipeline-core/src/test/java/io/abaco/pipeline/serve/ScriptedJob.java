package io.abaco.pipeline.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job that plays a script of steps, one per run; the last step repeats. Counts calls. Thread-safe enough for
 * the single scheduler thread plus test threads reading the count.
 */
final class ScriptedJob implements ScheduledJob {
    interface Step {
        JobOutcome run(Clock clock, int runNumber) throws Exception;
    }

    static final Map<String, Double> KPIS =
            Map.of("par_30", 17.5, "par_90", 10.0, "collection_rate", 10.0, "portfolio_health", 8.25);

    private final Clock clock;
    private final List<Step> steps;
    private final AtomicInteger calls = new AtomicInteger();

    ScriptedJob(Clock clock, Step... steps) {
        this.clock = clock;
        this.steps = List.of(steps);
    }

    @Override
    public JobOutcome runOnce() throws Exception {
        int runNumber = calls.incrementAndGet();
        return steps.get(Math.min(runNumber, steps.size()) - 1).run(clock, runNumber);
    }

    int calls() {
        return calls.get();
    }

    /** Succeeds with {@code rows} rows; the run takes 1.5 s of the (mutable) clock when it is one. */
    static Step succeeds(long rows) {
        return (clock, runNumber) -> {
            Instant started = clock.instant();
            if (clock instanceof MutableClock mutable) mutable.advance(Duration.ofMillis(1500));
            return JobOutcome.success("run_" + runNumber, started, clock.instant(), rows, KPIS);
        };
    }

    static Step fails(String error) {
        return (clock, runNumber) -> JobOutcome.failed("run_" + runNumber, clock.instant(), clock.instant(), error);
    }

    static Step throwsException(RuntimeException failure) {
        return (clock, runNumber) -> {
            throw failure;
        };
    }
}
