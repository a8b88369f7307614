package io.abaco.pipeline.transform;

import java.util.Locale;

/**
 * Z-score outlier rule on {@code total_receivable_usd}: a row is flagged (never removed) when
 * |x − mean| / stddev &gt; threshold. With a zero standard deviation nothing is flagged.
 *
 * @param mean mean of total_receivable_usd over the accepted rows
 * @param standardDeviation sample standard deviation of the same
 * @param threshold the configured z-score limit
 */
public record OutlierRule(double mean, double standardDeviation, double threshold) {
    public static OutlierRule from(RunningStats stats, double threshold) {
        return new OutlierRule(stats.mean(), stats.standardDeviation(), threshold);
    }

    public boolean isOutlier(double totalReceivable) {
        return standardDeviation > 0.0 && Math.abs(totalReceivable - mean) / standardDeviation > threshold;
    }

    /** The same rule as a SQL boolean expression over {@code column} (DuckDB doubles compute as Java's). */
    public String sqlExpression(String column) {
        if (!(standardDeviation > 0.0)) return "false";
        return String.format(
                Locale.ROOT,
                "(abs(%s - CAST('%s' AS DOUBLE)) / CAST('%s' AS DOUBLE) > CAST('%s' AS DOUBLE))",
                column,
                Double.toString(mean),
                Double.toString(standardDeviation),
                Double.toString(threshold));
    }
}
