package io.abaco.validation.shadow;

import io.abaco.validation.CheckStatus;

/**
 * One day of a historical reconciliation.
 *
 * @param day the tape's date (from its file name, {@code yyyy-MM-dd}), or its file name without extension
 * @param tape the tape file
 * @param verdict the day's shadow verdict; FAIL when a pipeline failed
 * @param halt true when a KPI variance was above {@code halt_above_pct}
 * @param worstKpi the KPI with the largest variance, null when none was compared
 * @param maxVariancePct that KPI's variance in percent, null when none was compared
 * @param missingInV1 keys only V2 has, null when rows were not compared
 * @param missingInV2 keys only V1 has, null when rows were not compared
 * @param mismatched keys whose columns differ, null when rows were not compared
 * @param report the day's full shadow report file, null when a pipeline failed
 * @param error why the day could not be compared (redacted), null when it was
 */
public record DayResult(
        String day,
        String tape,
        CheckStatus verdict,
        boolean halt,
        String worstKpi,
        Double maxVariancePct,
        Long missingInV1,
        Long missingInV2,
        Long mismatched,
        String report,
        String error) {

    static DayResult of(String day, String tape, ShadowReport report, String reportFile) {
        KpiVariance worst = report.worstKpi().orElse(null);
        RowComparison rows = report.rows();
        return new DayResult(
                day,
                tape,
                report.verdict(),
                report.halt(),
                worst == null ? null : worst.kpi(),
                worst == null ? null : worst.variancePct(),
                rows == null ? null : rows.missingInV1(),
                rows == null ? null : rows.missingInV2(),
                rows == null ? null : rows.mismatched(),
                reportFile,
                null);
    }

    static DayResult failed(String day, String tape, String error) {
        return new DayResult(day, tape, CheckStatus.FAIL, false, null, null, null, null, null, null, error);
    }
}
