package io.abaco.validation.monitor;

import io.abaco.validation.ReportStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trend of a monitoring window, rewritten after every run as {@code logs/validation/monitor-summary.json}.
 *
 * @param startedAt when the window started (UTC)
 * @param updatedAt when this summary was written
 * @param plannedEnd when the window ends
 * @param intervalSeconds time between runs
 * @param state {@code running}, {@code completed} (the whole window ran) or {@code stopped} (interrupted)
 * @param runs validations run so far
 * @param runsByStatus runs per report status; a validation that threw counts as FAIL
 * @param checks per check name: how its runs went
 * @param latencyMs the performance check's observed latency over the runs, null when it never reported one
 * @param kpiDrift per KPI: its drift at each run
 * @param decisions the playbook's decision points ("stable?" at a third of the window, "ready for hand-off?" at
 *     the end)
 * @param history the last runs, oldest first (at most {@link MonitorTally#HISTORY_LIMIT})
 */
public record MonitorSummary(
        Instant startedAt,
        Instant updatedAt,
        Instant plannedEnd,
        long intervalSeconds,
        String state,
        int runs,
        Map<ReportStatus, Integer> runsByStatus,
        Map<String, CheckStats> checks,
        LatencyStats latencyMs,
        Map<String, List<DriftPoint>> kpiDrift,
        List<DecisionPoint> decisions,
        List<RunRecord> history) {
    public MonitorSummary {
        runsByStatus = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runsByStatus));
        checks = java.util.Collections.unmodifiableMap(new TreeMap<>(checks));
        kpiDrift = java.util.Collections.unmodifiableMap(new TreeMap<>(kpiDrift));
        decisions = List.copyOf(decisions);
        history = List.copyOf(history);
    }

    /** How one check went over the window's runs. */
    public record CheckStats(int runs, int passes, int warns, int fails, int skipped) {}

    /** Latency in milliseconds over {@code samples} runs. */
    public record LatencyStats(int samples, double min, double median, double max) {}

    /**
     * @param at the report's timestamp
     * @param source {@code baseline} or {@code previous_report}
     * @param driftPct drift in percent, null when the KPI was missing
     * @param current the KPI's value, null when missing
     */
    public record DriftPoint(Instant at, String source, Double driftPct, Double current) {}

    /**
     * @param name {@code stable} or {@code handoff}
     * @param question the playbook's question
     * @param due when it is due (a third of the window; the end)
     * @param answer {@code pending}, {@code yes}, {@code no} or {@code not_reached} (stopped before it was due)
     * @param reason what the answer rests on
     */
    public record DecisionPoint(String name, String question, Instant due, String answer, String reason) {}

    /**
     * @param at when the run started
     * @param status the report's status; FAIL when validation threw
     * @param durationMs how long it took
     * @param error the (redacted) error when validation threw, else null
     */
    public record RunRecord(Instant at, ReportStatus status, long durationMs, String error) {}
}
