package io.abaco.pipeline.output;

import io.abaco.pipeline.transform.OutlierRule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The {@code outlier} flag of every staged row, decided once from the stage's index for the three finishers (a bit
 * a row: 125 KB for a million rows). Immutable once made.
 */
final class OutlierFlags {
    private final long[] bits;

    private OutlierFlags(long[] bits) {
        this.bits = bits;
    }

    static OutlierFlags of(LoanStage stage, OutlierRule rule) {
        long rows = stage.rows();
        long[] bits = new long[(int) ((rows + 63) >>> 6)];
        try (StagedEntries index = new StagedEntries(stage.indexFile(), LoanStage.INDEX_ENTRY_BYTES)) {
            for (long row = 0; row < rows; row++) {
                index.next();
                if (rule.isOutlier(index.doubleAt(Integer.BYTES))) bits[(int) (row >>> 6)] |= 1L << row;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + stage.indexFile() + ": " + e.getMessage(), e);
        }
        return new OutlierFlags(bits);
    }

    boolean isOutlier(long row) {
        return (bits[(int) (row >>> 6)] & 1L << row) != 0;
    }
}
