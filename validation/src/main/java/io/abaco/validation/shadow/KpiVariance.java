package io.abaco.validation.shadow;

import io.abaco.validation.CheckStatus;

/**
 * V1 against V2 for one KPI.
 *
 * @param kpi KPI name
 * @param v1 V1's value, null when V1 did not report it
 * @param v2 V2's value, null when V2 did not report it
 * @param absoluteDifference |v2 − v1|, null when a side is missing
 * @param variancePct |v2 − v1| / |v1| × 100 (both zero → 0, v1 zero → 100), null when a side is missing
 * @param tolerancePct the relative tolerance applied to this KPI, in percent
 * @param verdict PASS or FAIL
 * @param halt true when the variance is above {@code halt_above_pct} (a cutover must stop)
 * @param rule the rule that decided, in words
 */
public record KpiVariance(
        String kpi,
        Double v1,
        Double v2,
        Double absoluteDifference,
        Double variancePct,
        double tolerancePct,
        CheckStatus verdict,
        boolean halt,
        String rule) {}
