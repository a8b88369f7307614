package io.abaco.pipeline.ingest.cascade;

import java.time.Duration;

/**
 * An in-process rate limit: {@code perMinute} requests a minute, refilled continuously, with a burst of one (so any
 * 60-second window holds at most {@code perMinute + 1} requests). A caller reserves a token and sleeps the returned
 * wait outside the lock, so concurrent callers queue fairly. {@code perMinute <= 0} means unlimited.
 *
 * <p>Thread-safe.
 */
public final class TokenBucket {
    private static final double BURST = 1.0;

    private final double tokensPerNano;
    private double tokens = BURST;
    private long lastRefill;
    private boolean started;

    public TokenBucket(int perMinute) {
        this.tokensPerNano = perMinute <= 0 ? 0 : perMinute / 60e9;
    }

    /** Takes one token. @return how long to wait before sending (zero when a token was available) */
    public synchronized Duration reserve(long nowNanos) {
        if (tokensPerNano == 0) return Duration.ZERO;
        if (!started) {
            started = true;
            lastRefill = nowNanos;
        }
        tokens = Math.min(BURST, tokens + (nowNanos - lastRefill) * tokensPerNano);
        lastRefill = nowNanos;
        tokens -= 1;
        if (tokens >= 0) return Duration.ZERO;
        return Duration.ofNanos((long) Math.ceil(-tokens / tokensPerNano));
    }
}
