package io.abaco.cutover.controller;

import io.abaco.config.Workspace;
import io.abaco.config.model.ServiceConfig;
import io.abaco.error.ExternalServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An in-flight pipeline run, signalled by the existence of the service's {@code busy_file}. {@code v1-stop} waits
 * for it (bounded by {@code in_flight_wait_seconds}) so that V1 is never killed in the middle of writing outputs.
 * Only reads the file system. Not thread-safe.
 */
public final class InFlightRun {
    static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(5);
    static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final String service;
    private final String configuredPath;
    private final Path busyFile;
    private final Duration maxWait;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @param busyFile absolute path of the busy file, or null when the service has none
     * @param configuredPath the path as configured, for messages
     */
    public InFlightRun(
            String service, Path busyFile, String configuredPath, Duration maxWait, Clock clock, Sleeper sleeper) {
        this.service = service;
        this.busyFile = busyFile;
        this.configuredPath = configuredPath;
        this.maxWait = maxWait;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The in-flight run of {@code config}, waited for with the real clock. */
    public static InFlightRun of(String service, ServiceConfig config, Workspace workspace) {
        String configured = config.busyFile();
        Path file = configured == null || configured.isBlank() ? null : workspace.resolve(configured);
        return new InFlightRun(
                service,
                file,
                file == null ? null : configured,
                Durations.ofSeconds(config.inFlightWaitSeconds(), DEFAULT_MAX_WAIT),
                Clock.systemUTC(),
                Sleeper.REAL);
    }

    /** True when a run is in flight right now. */
    public boolean busy() {
        return busyFile != null && Files.exists(busyFile);
    }

    /** Looks once without waiting (for dry runs and plans). */
    public InFlightWait peek() {
        if (busyFile == null) return new InFlightWait(null, false, 0, "no busy_file configured for " + service);
        boolean busy = busy();
        return new InFlightWait(
                configuredPath,
                busy,
                0,
                busy
                        ? "a " + service + " run is in flight (" + configuredPath + " exists); would wait up to "
                                + Durations.seconds(maxWait)
                        : "no " + service + " run in flight (" + configuredPath + " absent)");
    }

    /**
     * Waits until the busy file is gone.
     *
     * @throws ExternalServiceException naming the file when it is still there after the maximum wait
     */
    public InFlightWait await() {
        if (busyFile == null || !busy()) return peek();
        Instant start = clock.instant();
        Instant deadline = start.plus(maxWait);
        while (busy()) {
            if (!clock.instant().isBefore(deadline)) {
                throw new ExternalServiceException(
                        "a " + service + " run is still in flight after " + Durations.seconds(maxWait) + ": "
                                + configuredPath + " still exists (in_flight_wait_seconds)");
            }
            try {
                sleeper.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExternalServiceException(
                        "interrupted while waiting for " + configuredPath + " to go away", e);
            }
        }
        long waited = Duration.between(start, clock.instant()).toMillis();
        return new InFlightWait(
                configuredPath,
                true,
                waited,
                "waited " + waited + " ms for the in-flight " + service + " run to finish (" + configuredPath
                        + " removed)");
    }
}
