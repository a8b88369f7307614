package io.abaco.pipeline.output.parquet;

import java.util.List;

/**
 * One row group of a Parquet file: its row count and one chunk per column, in schema order.
 *
 * @param rows number of rows
 * @param chunks the column chunks
 */
record RowGroupMetadata(long rows, List<ChunkMetadata> chunks) {
    RowGroupMetadata {
        chunks = List.copyOf(chunks);
    }
}
