package io.abaco.pipeline.ingest.cascade;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Time that moves only when someone sleeps or a test advances it; remembers every sleep. */
final class FakeTime implements TimeSource {
    private long nanos = 1_000_000_000L;
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        nanos += duration.toNanos();
    }

    synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
    }
}
