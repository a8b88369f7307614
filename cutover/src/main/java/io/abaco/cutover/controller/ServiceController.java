package io.abaco.cutover.controller;

import java.time.Duration;
import java.util.List;

/**
 * Drives one pipeline service (V1 or V2): start, stop, observe. Implementations: process, systemd, command, http,
 * and a dry-run wrapper that changes nothing (see {@link ServiceControllers#create}).
 *
 * <p>Every action is safe to repeat: starting a running service and stopping a stopped one are no-ops reported as
 * such. Failures throw {@link io.abaco.error.ExternalServiceException} with a redacted message that carries the tail
 * of the service's log; an action never reports success it did not observe. {@link #status()} and {@link
 * #logTail(int)} only read. Instances are not thread-safe; use one per thread.
 */
public interface ServiceController {
    /** Starts the service, or reports that it already runs. Does not wait for health: see {@link #waitUntilHealthy}. */
    ControlResult start();

    /** Stops the service and verifies it stopped, or reports that it was not running. */
    ControlResult stop();

    /** Observes the service now; never changes anything. */
    ServiceStatus status();

    /**
     * Polls {@link #status()} until the service is healthy.
     *
     * @param timeout how long to wait at most
     * @return the healthy status
     * @throws io.abaco.error.ExternalServiceException when not healthy in time (or, for a process, when it died)
     */
    ServiceStatus waitUntilHealthy(Duration timeout);

    /** The last {@code lines} lines of the service's log, redacted; empty when the controller has no log. */
    List<String> logTail(int lines);

    /** One line saying how this service is driven, for plans and dry runs (redacted: never holds a token). */
    String describe();
}
