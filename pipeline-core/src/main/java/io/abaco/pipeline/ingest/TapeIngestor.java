package io.abaco.pipeline.ingest;

import io.abaco.fs.Hashing;
import io.abaco.pipeline.ingest.read.CsvTapeReader;
import io.abaco.pipeline.ingest.read.JsonDocumentTapeReader;
import io.abaco.pipeline.ingest.read.JsonLinesTapeReader;
import io.abaco.pipeline.ingest.read.ParquetTapeReader;
import io.abaco.pipeline.ingest.read.TapeFormat;
import io.abaco.pipeline.ingest.read.Utf8TextReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads one tape file through the row pipeline, hashing it and (when asked) archiving it on the way. On any failure
 * nothing is left under a final name: neither the archive nor rejects.csv.
 */
final class TapeIngestor {
    private TapeIngestor() {}

    /**
     * @param archive whether to keep a copy as {@code input.<ext>} in the staging directory (false when the file
     *     already is that copy, as a fetched Cascade body)
     * @param source what {@link TapeHeader#source()} says
     */
    static IngestionResult read(
            IngestionRequest request,
            Path file,
            String display,
            String source,
            boolean archive,
            TapeConsumer consumer) {
        InputFiles.check(file, display);
        TapeFormat format = TapeFormat.of(file, display);
        try (IngestionRun run =
                new IngestionRun(display, source, format.label(), request.config(), request.stagingDir(), consumer)) {
            if (format == TapeFormat.PARQUET) return readParquet(request, file, display, archive, run);
            try (InputArchive copy =
                            archive ? new InputArchive(request.stagingDir(), TapeFormat.extension(file)) : null;
                    InputStream raw = InputFiles.open(file, display)) {
                CapturingInputStream captured =
                        new CapturingInputStream(raw, Hashing.sha256(), copy == null ? null : copy.stream());
                switch (format) {
                    case CSV -> CsvTapeReader.read(captured, display, run);
                    case JSONL -> JsonLinesTapeReader.read(new Utf8TextReader(captured, display), display, run);
                    case JSON -> JsonDocumentTapeReader.read(new Utf8TextReader(captured, display), display, run);
                    default -> throw new IllegalStateException("not a text format: " + format);
                }
                String sha256 = captured.finish();
                IngestionResult result = run.finish(sha256, copy == null ? file : copy.target());
                if (copy != null) copy.commit();
                return result;
            } catch (IOException e) {
                throw InputFiles.failure(e, display);
            }
        }
    }

    private static IngestionResult readParquet(
            IngestionRequest request, Path file, String display, boolean archive, IngestionRun run) {
        // DuckDB reads the file itself, so hashing and archiving take one pass of their own.
        try (InputArchive copy = archive ? new InputArchive(request.stagingDir(), "parquet") : null;
                InputStream raw = InputFiles.open(file, display)) {
            CapturingInputStream captured =
                    new CapturingInputStream(raw, Hashing.sha256(), copy == null ? null : copy.stream());
            String sha256 = captured.finish();
            ParquetTapeReader.read(file, display, run);
            IngestionResult result = run.finish(sha256, copy == null ? file : copy.target());
            if (copy != null) copy.commit();
            return result;
        } catch (IOException e) {
            throw InputFiles.failure(e, display);
        }
    }
}
