package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import io.abaco.error.ExternalServiceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a status until healthy, until a hopeless state is seen, or until the deadline. */
final class HealthWait {
    static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Clock clock;
    private final Sleeper sleeper;

    HealthWait(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static HealthWait real() {
        return new HealthWait(Clock.systemUTC(), Sleeper.REAL);
    }

    /**
     * @param hopeless a status after which waiting longer cannot help (a dead process)
     * @param logTail the log tail to put into the failure message
     */
    ServiceStatus await(
            String service,
            Duration timeout,
            Supplier<ServiceStatus> status,
            Predicate<ServiceStatus> hopeless,
            Supplier<String> logTail) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            ServiceStatus current = status.get();
            if (current.healthy()) return current;
            if (hopeless.test(current)) {
                throw failure(service + " is not running: " + current.detail(), logTail);
            }
            if (!clock.instant().isBefore(deadline)) {
                throw failure(
                        service + " not healthy within " + Durations.seconds(timeout) + " (last seen: "
                                + current.detail() + ")",
                        logTail);
            }
            try {
                sleeper.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExternalServiceException("interrupted while waiting for " + service + " to be healthy", e);
            }
        }
    }

    private static ExternalServiceException failure(String message, Supplier<String> logTail) {
        return new ExternalServiceException(Secrets.redact(message + logTail.get()));
    }
}
