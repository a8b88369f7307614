package io.abaco.cutover.controller;

import java.util.List;

/**
 * What {@code v1-stop} did: waited for the in-flight run, stopped the service, verified it, kept the log tail.
 *
 * @param inFlight how the wait for an in-flight run ended
 * @param stop the stop action and the verified status after it
 * @param logTail the last lines of the service's log after it stopped, redacted
 */
public record DrainedStop(InFlightWait inFlight, ServiceActionResult stop, List<String> logTail) {
    public DrainedStop {
        logTail = List.copyOf(logTail);
    }
}
