package io.abaco.pipeline.serve;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.abaco.config.Secrets;
import java.time.Duration;
import java.time.Instant;

/**
 * The body of {@code GET /health}:
 * {@code {"status", "last_run": {"run_id", "status", "completed_at", "duration_ms", "error"?} | null,
 * "uptime_seconds", "version"}}. {@code error} appears only for a failed last run, redacted.
 *
 * @param status {@code starting}, {@code ok}, {@code degraded} or {@code stopping} (see {@link HealthState})
 * @param lastRun the last completed run, or null before the first one
 * @param uptimeSeconds whole seconds since the service started
 * @param version the tool version
 */
@JsonPropertyOrder({"status", "last_run", "uptime_seconds", "version"})
public record HealthReport(
        @JsonIgnore HealthState state,
        @JsonProperty("last_run") LastRun lastRun,
        @JsonProperty("uptime_seconds") long uptimeSeconds,
        @JsonProperty("version") String version) {

    @JsonProperty("status")
    public String status() {
        return state.label();
    }

    @JsonIgnore
    public int httpStatus() {
        return state.httpStatus();
    }

    /**
     * The last run as {@code /health} shows it.
     *
     * @param completedAt ISO-8601 instant (UTC)
     * @param error why it failed (secrets redacted); null, and left out of the JSON, for a success
     */
    @JsonPropertyOrder({"run_id", "status", "completed_at", "duration_ms", "error"})
    public record LastRun(
            @JsonProperty("run_id") String runId,
            @JsonProperty("status") String status,
            @JsonProperty("completed_at") String completedAt,
            @JsonProperty("duration_ms") long durationMs,
            @JsonProperty("error") @JsonInclude(JsonInclude.Include.NON_NULL) String error) {}

    /** The report for a snapshot seen at {@code now}. */
    public static HealthReport of(ServeSnapshot snapshot, Instant now, String version) {
        JobOutcome run = snapshot.lastRun();
        LastRun lastRun = run == null
                ? null
                : new LastRun(
                        run.runId(),
                        run.status().label(),
                        run.completedAt().toString(),
                        run.durationMs(),
                        Secrets.redact(run.error()));
        long uptime = Math.max(0, Duration.between(snapshot.startedAt(), now).toSeconds());
        return new HealthReport(HealthState.of(snapshot), lastRun, uptime, version);
    }
}
