package io.abaco.pipeline.transform;

import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.ingest.TapeRow;

/**
 * The per-row transformation as rows stream: null handling, PII masking, and the statistics the outlier rule
 * needs (the flag itself is applied when outputs are written, once mean and stddev are known). Not thread-safe.
 */
public final class RowTransformer {
    private final NullHandling nullHandling;
    private final PiiMasker masker;
    private final RunningStats receivableStats = new RunningStats();
    private long dropped;

    public RowTransformer(NullHandling nullHandling, PiiMasker masker) {
        this.nullHandling = nullHandling;
        this.masker = masker;
    }

    /** @return the transformed row, or null when null handling drops it */
    public TapeRow transform(TapeRow row) {
        double[] amounts = nullHandling.apply(row.amounts());
        if (amounts == null) {
            dropped++;
            return null;
        }
        receivableStats.add(amounts[TapeColumns.TOTAL_RECEIVABLE]);
        String[] extras = masker.maskExtras(row.extras());
        if (amounts == row.amounts() && extras == row.extras()) return row;
        return new TapeRow(row.line(), row.loanId(), row.period(), row.measurementDate(), row.date(), amounts, extras);
    }

    public long dropped() {
        return dropped;
    }

    public RunningStats receivableStats() {
        return receivableStats;
    }

    public PiiMasker masker() {
        return masker;
    }
}
