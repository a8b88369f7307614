package io.abaco.cutover.overview;

import io.abaco.cutover.run.CutoverStatus;
import java.util.List;

/**
 * One screen for the operator ({@code abaco status}): which pipeline is active, the last cutover and its phases,
 * the last pipeline run, the last validation and its verdict, and the alerts still open.
 *
 * @param lastRun the latest successful V2 run, or null
 * @param lastValidation the latest validation report's summary, or null when none was written
 * @param openAlerts checks whose last status is WARN or FAIL, as {@code name: STATUS}
 */
public record Overview(
        String activePipeline,
        CutoverStatus cutover,
        LastRun lastRun,
        LastValidation lastValidation,
        List<String> openAlerts) {
    public Overview {
        openAlerts = List.copyOf(openAlerts);
    }

    public record LastRun(String runId, String completedAt, java.util.Map<String, Double> kpis) {}

    /** @param failing checks that did not pass, as {@code name: STATUS} */
    public record LastValidation(String timestamp, String status, List<String> failing) {
        public LastValidation {
            failing = List.copyOf(failing);
        }
    }
}
