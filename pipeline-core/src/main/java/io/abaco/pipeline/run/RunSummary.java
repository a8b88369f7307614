package io.abaco.pipeline.run;

import io.abaco.pipeline.calc.Anomaly;
import io.abaco.pipeline.calc.KpiValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json} of one run (DESIGN §7); the same record is returned by {@link PipelineRunner#run} and
 * printed by {@code --json}. Timestamps are ISO-8601 instants.
 *
 * @param status {@code success} or {@code failed}
 * @param runId null when the run failed before its input was read
 * @param input null when the run failed before its input was read
 * @param kpis KPI name → value (empty for a failed run)
 * @param outputs final paths of the data outputs (workspace-relative)
 * @param error what went wrong (redacted), null on success
 */
public record RunSummary(
        String status,
        String runId,
        String environment,
        String startedAt,
        String completedAt,
        long durationMs,
        InputSummary input,
        List<PhaseSummary> phases,
        Map<String, Double> kpis,
        List<KpiValue> kpiDetails,
        List<Anomaly> anomalies,
        List<String> outputs,
        String error) {
    public static final String SUCCESS = "success";
    public static final String FAILED = "failed";

    public RunSummary {
        phases = List.copyOf(phases);
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        kpiDetails = List.copyOf(kpiDetails);
        anomalies = List.copyOf(anomalies);
        outputs = List.copyOf(outputs);
    }

    public boolean succeeded() {
        return SUCCESS.equals(status);
    }

    /**
     * What was read.
     *
     * @param path workspace-relative input, or the URL (without credentials)
     * @param dropped rows dropped by {@code null_handling: drop_rows}
     */
    public record InputSummary(
            String path,
            String sha256,
            String format,
            long rowsRead,
            long accepted,
            long rejected,
            long duplicates,
            long dropped) {}

    /**
     * @param name ingestion, transformation, calculation or output
     * @param durationMs the first three overlap (rows stream through them together): ingestion is the stream's wall
     *     time, transformation and calculation their measured share of it
     */
    public record PhaseSummary(String name, long rows, long durationMs) {}
}
