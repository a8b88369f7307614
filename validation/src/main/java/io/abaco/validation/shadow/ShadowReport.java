package io.abaco.validation.shadow;

import io.abaco.config.model.ShadowConfig;
import io.abaco.validation.CheckStatus;
import java.time.Instant;
import java.util.List;

/**
 * The result of one shadow comparison (DESIGN §10). Immutable.
 *
 * @param generatedAt when the comparison ran (UTC)
 * @param inputs what was compared
 * @param config the tolerances applied
 * @param kpis one row per KPI, sorted by name
 * @param rows the row-by-row comparison, or null when a side wrote no loan-level output
 * @param rowsNote why rows were not compared, or null when they were
 * @param verdict PASS when every KPI passed and the rows (when compared) are clean; otherwise FAIL
 * @param halt true when any KPI variance is above {@code halt_above_pct}: a cutover must stop
 */
public record ShadowReport(
        Instant generatedAt,
        ShadowInputs inputs,
        ShadowConfig config,
        List<KpiVariance> kpis,
        RowComparison rows,
        String rowsNote,
        CheckStatus verdict,
        boolean halt) {
    public ShadowReport {
        kpis = List.copyOf(kpis);
    }

    /** The KPI with the largest variance, if any KPI was compared on both sides. */
    public java.util.Optional<KpiVariance> worstKpi() {
        return kpis.stream()
                .filter(k -> k.variancePct() != null)
                .max(java.util.Comparator.comparingDouble(KpiVariance::variancePct));
    }
}
