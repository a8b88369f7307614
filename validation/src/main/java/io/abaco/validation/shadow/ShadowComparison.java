package io.abaco.validation.shadow;

import io.abaco.config.model.ShadowConfig;
import io.abaco.validation.CheckStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Compares what V1 and V2 produced: KPIs by {@link KpiShadowComparison}, rows by {@link RowComparator} when both
 * wrote loan-level output. Thread-safe.
 */
public final class ShadowComparison {
    private final ShadowConfig config;
    private final KpiShadowComparison kpis;
    private final RowComparator rows;
    private final Clock clock;

    public ShadowComparison(ShadowConfig config, Clock clock) {
        this.config = config;
        this.kpis = new KpiShadowComparison(config);
        this.rows = new RowComparator(config.absoluteTolerance());
        this.clock = clock;
    }

    /**
     * @param tape the input both ran on, or null
     * @throws io.abaco.error.InputDataException when a loan-level file cannot be read
     */
    public ShadowReport compare(Path tape, KpiSnapshot v1, KpiSnapshot v2) {
        List<KpiVariance> variances = kpis.compare(v1.kpis(), v2.kpis());
        RowComparison rowComparison = null;
        String rowsNote = null;
        if (v1.loans() != null && v2.loans() != null) {
            rowComparison = rows.compare(v1.loans(), v2.loans());
        } else {
            rowsNote = (v1.loans() == null ? "V1" : "V2") + " wrote no loan-level output: rows not compared";
        }
        boolean kpisPass = variances.stream().allMatch(v -> v.verdict() == CheckStatus.PASS);
        boolean rowsPass = rowComparison == null || rowComparison.clean();
        boolean halt = variances.stream().anyMatch(KpiVariance::halt);
        ShadowInputs inputs = new ShadowInputs(text(tape), text(v1.loans()), text(v2.loans()));
        CheckStatus verdict = kpisPass && rowsPass && !variances.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL;
        return new ShadowReport(clock.instant(), inputs, config, variances, rowComparison, rowsNote, verdict, halt);
    }

    private static String text(Path path) {
        return path == null ? null : path.toString();
    }
}
