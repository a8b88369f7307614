package io.abaco.cutover.presentation;

/**
 * V1 against V2 for one KPI, from the shadow comparison report.
 *
 * @param kpi KPI name
 * @param v1 V1's value or null
 * @param v2 V2's value or null
 * @param variancePct variance in percent, or null
 * @param tolerancePct the tolerance applied in percent, or null
 * @param status PASS or FAIL as written (key {@code status} or {@code verdict}); null when absent
 * @param rule the rule that decided, in words, or null
 */
public record ShadowKpiRow(
        String kpi, Double v1, Double v2, Double variancePct, Double tolerancePct, String status, String rule) {}
