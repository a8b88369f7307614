package io.abaco.pipeline.ingest;

/**
 * Reads a tape (CSV, Parquet, JSON lines, or the Cascade export API), applies the schema and row rules of DESIGN §5,
 * deduplicates, and streams accepted rows to a consumer without holding the tape in memory.
 */
public final class Ingestion {
    private Ingestion() {}

    /**
     * @throws io.abaco.error.InputDataException for a bad tape ("file:line:column: reason"); in strict mode on the
     *     first bad row
     */
    public static IngestionResult ingest(IngestionRequest request, TapeConsumer consumer) {
        throw new UnsupportedOperationException("filled in by the ingestion work");
    }
}
