package io.abaco.pipeline.ingest;

import java.util.List;

/**
 * What is known about a tape before its first row.
 *
 * @param source the file (workspace-relative) or URL (without credentials) the tape comes from
 * @param format {@code csv}, {@code parquet}, {@code jsonl}, or {@code json}
 * @param hasLoanId whether the tape has a {@code loan_id} column
 * @param extraColumns normalized names of the columns beyond DESIGN §5, in tape order
 */
public record TapeHeader(String source, String format, boolean hasLoanId, List<String> extraColumns) {
    public TapeHeader {
        extraColumns = List.copyOf(extraColumns);
    }
}
