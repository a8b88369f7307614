package io.abaco.pipeline.ingest;

import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import io.abaco.pipeline.ingest.cascade.CascadeFetcher;
import io.abaco.pipeline.ingest.cascade.FetchedBody;
import java.nio.file.Path;

/**
 * Reads a tape (CSV, Parquet, JSON lines, a JSON document, or the Cascade export API), applies the schema and row
 * rules of DESIGN §5, deduplicates, and streams accepted rows to a consumer without holding the tape in memory.
 *
 * <p>The format follows the file extension: {@code .csv}, {@code .parquet}, {@code .jsonl}/{@code .ndjson},
 * {@code .json}. Value rules: {@link io.abaco.pipeline.ingest.schema.Amounts} (numbers),
 * {@link io.abaco.pipeline.ingest.schema.MeasurementDates} (dates), {@link io.abaco.pipeline.ingest.read.CsvTapeReader}
 * (CSV and its limits), {@link io.abaco.pipeline.ingest.dedup.Deduplicator} (dedup keys).
 *
 * <p>By-products in {@link IngestionRequest#stagingDir()}: {@code input.<ext>} (the raw input, or the fetched Cascade
 * body) and, in lenient mode with bad rows, {@code rejects.csv}. Both appear only when the ingestion succeeds.
 *
 * <p>Thread-safe: each call has its own state (the Cascade circuit breakers and rate limits are shared per base URL).
 */
public final class Ingestion {
    private Ingestion() {}

    /**
     * Ingests with the process-wide Cascade fetcher.
     *
     * @throws io.abaco.error.InputDataException for a bad tape ("file:line:column: column: reason"); in strict mode on
     *     the first bad row
     * @throws io.abaco.error.ExternalServiceException when the Cascade API fails after its retries
     */
    public static IngestionResult ingest(IngestionRequest request, TapeConsumer consumer) {
        return ingest(request, consumer, CascadeFetcher.shared());
    }

    /** As {@link #ingest(IngestionRequest, TapeConsumer)}, fetching Cascade tapes with {@code cascade}. */
    public static IngestionResult ingest(IngestionRequest request, TapeConsumer consumer, CascadeFetcher cascade) {
        if (request.input() == null && "cascade_http".equals(request.config().source())) {
            FetchedBody body = cascade.fetch(request.config().cascade(), request.stagingDir());
            String display = request.workspace().display(body.file());
            return TapeIngestor.read(request, body.file(), display, body.url(), false, consumer);
        }
        if (request.input() == null && request.config().path() == null) {
            throw new ConfigException(new ConfigProblem(
                    "config/pipeline.yml", 0, 0, "pipeline.ingestion.path", "is required when source is file"));
        }
        Path input = request.input() != null
                ? request.input()
                : request.workspace().resolve(request.config().path());
        String display = request.workspace().display(input);
        return TapeIngestor.read(request, input, display, display, true, consumer);
    }
}
