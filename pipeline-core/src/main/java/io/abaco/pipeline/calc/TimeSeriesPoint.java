package io.abaco.pipeline.calc;

/**
 * The KPIs of the rows of one period.
 *
 * @param grain {@code daily}, {@code weekly} or {@code monthly}
 * @param period {@code 2026-01-31}, {@code 2026-W05} or {@code 2026-01}
 * @param rows rows in the period
 */
public record TimeSeriesPoint(
        String grain,
        String period,
        long rows,
        double par30,
        double par90,
        double collectionRate,
        double portfolioHealth) {}
