package io.abaco.validation.report;

import java.time.Instant;
import java.util.List;

/**
 * What happened to one alert decision for a report: sent, suppressed (cooldown, daily cap, nothing changed) or
 * failed after its retries. A failed delivery never changes the report's status.
 *
 * @param channel where it went, e.g. {@code slack}
 * @param outcome SENT, FAILED or SUPPRESSED
 * @param at when it was decided (UTC)
 * @param attempts HTTP attempts made (0 when suppressed)
 * @param checks the names of the checks whose state change the message carried
 * @param detail one line: the HTTP status, the suppression reason or the (redacted) error
 */
public record AlertDelivery(
        String channel, Outcome outcome, Instant at, int attempts, List<String> checks, String detail) {
    public AlertDelivery {
        checks = List.copyOf(checks);
    }

    public enum Outcome {
        SENT,
        FAILED,
        SUPPRESSED
    }
}
