package io.abaco.validation;

import java.time.Duration;

/** Waits; injected so that tests of retries and monitoring run without real waiting. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep}: interruptible, nothing for zero or negative durations. */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) Thread.sleep(duration.toMillis());
        };
    }
}
