package io.abaco.validation.alert;

import io.abaco.validation.CheckStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the alerter remembers between runs ({@code logs/validation/alert-state.json}).
 *
 * @param checks per check name: last status seen and last status announced
 * @param sent when messages were sent in the last 24 hours (for {@code max_per_day})
 */
public record AlertState(Map<String, CheckState> checks, List<Instant> sent) {
    public AlertState {
        checks = java.util.Collections.unmodifiableMap(new TreeMap<>(checks == null ? Map.of() : checks));
        sent = sent == null ? List.of() : List.copyOf(sent);
    }

    public static AlertState empty() {
        return new AlertState(Map.of(), List.of());
    }

    /**
     * @param lastStatus the status in the latest report
     * @param lastSeenAt that report's timestamp
     * @param notifiedStatus the status last announced; null when never announced (reads as PASS)
     * @param notifiedAt when it was announced; null when never
     */
    public record CheckState(
            CheckStatus lastStatus, Instant lastSeenAt, CheckStatus notifiedStatus, Instant notifiedAt) {
        /** The status last announced; PASS when nothing was ever announced. */
        public CheckStatus announced() {
            return notifiedStatus == null ? CheckStatus.PASS : notifiedStatus;
        }

        CheckState seen(CheckStatus status, Instant at) {
            return new CheckState(status, at, notifiedStatus, notifiedAt);
        }

        CheckState announced(CheckStatus status, Instant at) {
            return new CheckState(lastStatus, lastSeenAt, status, at);
        }
    }
}
