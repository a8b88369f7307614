package io.abaco.pipeline.ingest.cascade;

/**
 * Stops calling a failing peer: opens after {@code failureThreshold} consecutive failed fetches, refuses while open,
 * and after {@code resetNanos} lets exactly one trial fetch through (half-open): its success closes the breaker, its
 * failure opens it again for another {@code resetNanos}. A threshold of 0 or less disables it.
 *
 * <p>Thread-safe.
 */
public final class CircuitBreaker {
    /** CLOSED lets everything through; OPEN refuses; HALF_OPEN has one trial in flight. */
    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int failureThreshold;
    private final long resetNanos;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;

    public CircuitBreaker(int failureThreshold, long resetNanos) {
        this.failureThreshold = failureThreshold;
        this.resetNanos = resetNanos;
    }

    /**
     * Asks to fetch now. @return 0 when the fetch may go ahead (in half-open state it becomes the trial); otherwise
     * how many nanoseconds the breaker stays open
     */
    public synchronized long refusal(long nowNanos) {
        if (state == State.CLOSED) return 0;
        if (state == State.OPEN && nowNanos - openedAt >= resetNanos) {
            state = State.HALF_OPEN;
            return 0;
        }
        return state == State.HALF_OPEN ? Math.max(1, resetNanos) : resetNanos - (nowNanos - openedAt);
    }

    public synchronized void recordSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    public synchronized void recordFailure(long nowNanos) {
        consecutiveFailures++;
        if (failureThreshold > 0 && (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold)) {
            state = State.OPEN;
            openedAt = nowNanos;
        }
    }

    public synchronized State state() {
        return state;
    }

    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }
}
