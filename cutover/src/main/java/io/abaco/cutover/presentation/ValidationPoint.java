package io.abaco.cutover.presentation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One validation report of the monitoring window.
 *
 * @param file the report file, workspace-relative
 * @param timestamp when validation ran
 * @param status PASS, WARN or FAIL as written; null when absent
 * @param kpis KPI values by name (percent; portfolio_health 0..10), in file order
 * @param latencyMs the performance check's observed latency in milliseconds, or null
 * @param checkStatuses each check's status by check name, in file order
 * @param issues the report's issue lines
 */
public record ValidationPoint(
        String file,
        Instant timestamp,
        String status,
        Map<String, Double> kpis,
        Double latencyMs,
        Map<String, String> checkStatuses,
        List<String> issues) {
    public ValidationPoint {
        kpis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        checkStatuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checkStatuses));
        issues = List.copyOf(issues);
    }
}
