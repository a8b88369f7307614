package io.abaco.validation.drift;

import io.abaco.validation.CheckStatus;

/**
 * The drift of one KPI against one reference.
 *
 * @param kpi KPI name
 * @param source what it was compared with: {@link KpiDrift#BASELINE} or {@link KpiDrift#PREVIOUS_REPORT}
 * @param reference the reference value, or null when the KPI is missing there
 * @param current the current value, or null when the KPI is missing now
 * @param driftPct |current − reference| / |reference| × 100; null when a side is missing
 * @param thresholdPct {@code kpi_drift_pct}
 * @param status PASS, WARN (above half the threshold) or FAIL (above the threshold, or KPI missing now)
 * @param rule the rule that decided, in words
 */
public record DriftEntry(
        String kpi,
        String source,
        Double reference,
        Double current,
        Double driftPct,
        double thresholdPct,
        CheckStatus status,
        String rule) {}
