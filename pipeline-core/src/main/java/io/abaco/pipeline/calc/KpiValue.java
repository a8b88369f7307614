package io.abaco.pipeline.calc;

/**
 * One computed KPI.
 *
 * @param name {@code par_30}, {@code par_90}, {@code collection_rate} or {@code portfolio_health}
 * @param value percent for the first three (rounded to 2 decimals), 0–10 for portfolio_health (not rounded)
 * @param status against the KPI's thresholds
 * @param reason why the value is a fallback (zero denominator, empty input), or null for a computed value
 */
public record KpiValue(String name, double value, KpiStatus status, String reason) {}
