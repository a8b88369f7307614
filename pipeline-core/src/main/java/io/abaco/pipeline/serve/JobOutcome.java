package io.abaco.pipeline.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one scheduled run, as {@code /health} and {@code /metrics} report it.
 *
 * @param runId the pipeline run id ({@code run_<hex>}); null when the run failed before it had one
 * @param status success or failed; never null
 * @param startedAt when the run started; never null
 * @param completedAt when the run ended; never null
 * @param durationMs wall time of the run in milliseconds, ≥ 0
 * @param rows rows the run processed (accepted input rows), ≥ 0
 * @param kpis KPI name ({@code par_30}, {@code par_90}, {@code collection_rate}, {@code portfolio_health}) to value;
 *     empty for a failed run; insertion order kept; never null, no null keys or values
 * @param error why the run failed, for operators (already free of secrets); null for a success
 */
public record JobOutcome(
        String runId,
        RunStatus status,
        Instant startedAt,
        Instant completedAt,
        long durationMs,
        long rows,
        Map<String, Double> kpis,
        String error) {

    public JobOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        if (durationMs < 0) throw new IllegalArgumentException("durationMs < 0: " + durationMs);
        if (rows < 0) throw new IllegalArgumentException("rows < 0: " + rows);
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(kpis, "kpis")));
        kpis.forEach((name, value) -> {
            Objects.requireNonNull(name, "kpi name");
            Objects.requireNonNull(value, "kpi value of " + name);
        });
    }

    /** A successful run; the duration is taken from the two instants. */
    public static JobOutcome success(
            String runId, Instant startedAt, Instant completedAt, long rows, Map<String, Double> kpis) {
        return new JobOutcome(
                runId,
                RunStatus.SUCCESS,
                startedAt,
                completedAt,
                millisBetween(startedAt, completedAt),
                rows,
                kpis,
                null);
    }

    /** A failed run; {@code runId} may be null, {@code error} should say why. */
    public static JobOutcome failed(String runId, Instant startedAt, Instant completedAt, String error) {
        return new JobOutcome(
                runId,
                RunStatus.FAILED,
                startedAt,
                completedAt,
                millisBetween(startedAt, completedAt),
                0,
                Map.of(),
                error);
    }

    public boolean succeeded() {
        return status == RunStatus.SUCCESS;
    }

    private static long millisBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis());
    }
}
