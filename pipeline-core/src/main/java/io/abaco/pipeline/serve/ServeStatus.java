package io.abaco.pipeline.serve;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's state, shared by the scheduler thread (which records runs) and the HTTP threads (which read it).
 *
 * <p>Thread-safe: the state is one immutable {@link ServeSnapshot} swapped atomically, so a reader always sees a
 * consistent set of counters and last runs.
 */
public final class ServeStatus {
    private final AtomicReference<ServeSnapshot> current;

    public ServeStatus(Instant startedAt) {
        this.current = new AtomicReference<>(ServeSnapshot.startingAt(startedAt));
    }

    public ServeSnapshot snapshot() {
        return current.get();
    }

    /** Records a completed run and returns the new snapshot. */
    public ServeSnapshot record(JobOutcome outcome) {
        return current.updateAndGet(snapshot -> snapshot.withOutcome(outcome));
    }

    /** Marks the service as shutting down and returns the new snapshot. */
    public ServeSnapshot markStopping() {
        return current.updateAndGet(ServeSnapshot::asStopping);
    }
}
