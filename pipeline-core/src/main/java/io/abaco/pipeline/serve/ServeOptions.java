package io.abaco.pipeline.serve;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link PipelineService} that do not come from the configuration file.
 *
 * @param version the tool version reported by {@code /health}; never null
 * @param shutdownGrace how long {@link PipelineService#close()} waits for an in-flight run before abandoning it;
 *     not negative
 * @param clock source of timestamps and uptime (not of the schedule, which uses the JVM's monotonic timer);
 *     never null
 */
public record ServeOptions(String version, Duration shutdownGrace, Clock clock) {
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);

    public ServeOptions {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(clock, "clock");
        if (shutdownGrace.isNegative()) throw new IllegalArgumentException("shutdownGrace < 0: " + shutdownGrace);
    }

    /** The given version, a 30 s shutdown grace and the UTC system clock. */
    public static ServeOptions of(String version) {
        return new ServeOptions(version, DEFAULT_SHUTDOWN_GRACE, Clock.systemUTC());
    }

    public ServeOptions withShutdownGrace(Duration grace) {
        return new ServeOptions(version, grace, clock);
    }

    public ServeOptions withClock(Clock newClock) {
        return new ServeOptions(version, shutdownGrace, newClock);
    }
}
