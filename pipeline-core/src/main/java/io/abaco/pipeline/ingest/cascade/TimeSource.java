package io.abaco.pipeline.ingest.cascade;

import java.time.Duration;

/** Monotonic time and sleeping, behind an interface so tests of retries and breakers never sleep for real. */
public interface TimeSource {
    /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    static TimeSource system() {
        return new TimeSource() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                if (!duration.isNegative() && !duration.isZero())
                    Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        };
    }
}
