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
 * {@code .json}. Text tapes must be UTF-8 (a BOM is dropped; NUL bytes, UTF-16 and malformed UTF-8 refuse the file,
 * naming the line). Column names are trimmed and lower-cased; empty or duplicate names refuse the file.
 *
 * <p>Value rules, the same in every format:
 *
 * <ul>
 *   <li>Amounts ({@link io.abaco.pipeline.ingest.schema.Amounts}): plain decimals with an optional sign and
 *       scientific notation ({@code 12}, {@code 12.50}, {@code .5}, {@code 1.5E3}); refused: {@code NaN},
 *       {@code Infinity}, thousand separators ({@code 1,000}), currency symbols, hex, anything else, values beyond a
 *       double's range, and negative values. An optional amount whose column is absent is 0 (DESIGN
 *       §5); one present but empty is {@code NaN} in the {@link TapeRow}, for null_handling to decide; an empty
 *       required one refuses the row.
 *   <li>{@code measurement_date} ({@link io.abaco.pipeline.ingest.schema.MeasurementDates}): {@code YYYY-MM-DD},
 *       optionally followed by {@code T} or a space, an ISO time and an offset or zone; years 0001-9999 only
 *       ({@code 0000} and {@code 10000} are refused), impossible dates ({@code 2024-02-30}) are refused.
 *   <li>{@code loan_id}: missing column or empty value becomes {@code agg_<row number>} (1-based data row).
 *   <li>Limits: a field longer than {@link io.abaco.pipeline.ingest.read.CsvTapeReader#MAX_FIELD_CHARS} characters
 *       or a header wider than {@link io.abaco.pipeline.ingest.read.CsvTapeReader#MAX_COLUMNS} refuses the file.
 * </ul>
 *
 * <p>A bad row is one line {@code <file>:<line>:<column>: <column_name>: <reason>}: the first problem of the row in
 * column order. Strict mode throws it; lenient mode writes it to {@code rejects.csv} and goes on. Deduplication:
 * {@link io.abaco.pipeline.ingest.dedup.Deduplicator}.
 *
 * <p>By-products in {@link IngestionRequest#stagingDir()}: {@code input.<ext>} (the raw input, or the fetched Cascade
 * body) and, in lenient mode with bad rows, {@code rejects.csv}. They appear under their final names only when the
 * ingestion succeeds (a fetched Cascade body stays, complete, when its content is then refused: it is the evidence).
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
