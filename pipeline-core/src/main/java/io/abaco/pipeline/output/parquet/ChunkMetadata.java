package io.abaco.pipeline.output.parquet;

/**
 * Where one column chunk of one row group lies in its file, and its sizes (page header included), for the footer.
 *
 * @param column the column
 * @param values number of values, nulls included
 * @param uncompressedSize page header plus uncompressed page
 * @param compressedSize page header plus compressed page, i.e. the bytes in the file
 * @param offset where the chunk (its page header) starts
 */
record ChunkMetadata(ParquetColumn column, long values, long uncompressedSize, long compressedSize, long offset) {
    /** The same chunk moved by {@code shift} bytes (copied into another file). */
    ChunkMetadata movedBy(long shift) {
        return new ChunkMetadata(column, values, uncompressedSize, compressedSize, offset + shift);
    }
}
