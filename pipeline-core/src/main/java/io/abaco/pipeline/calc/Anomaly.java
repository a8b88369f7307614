package io.abaco.pipeline.calc;

/**
 * A KPI that moved more than allowed against the previous successful run.
 *
 * @param kpi KPI name
 * @param previous value in the previous run
 * @param current value in this run
 * @param changePct |current − previous| / |previous| × 100 (100 when previous is 0 and current is not)
 * @param maxChangePct the configured limit
 * @param previousRunId the run compared against
 */
public record Anomaly(
        String kpi, double previous, double current, double changePct, double maxChangePct, String previousRunId) {}
