package io.abaco.pipeline.ingest;

import java.nio.file.Path;

/**
 * Counts and provenance of one ingestion.
 *
 * @param header the tape's header
 * @param inputSha256 sha256 of the raw input bytes (for Cascade: of the fetched body)
 * @param rowsRead data rows read (header excluded)
 * @param accepted rows handed to the consumer
 * @param rejected bad rows written to rejects.csv (lenient mode; strict mode throws instead)
 * @param duplicates rows dropped as duplicates on the dedup keys
 * @param archivedInput copy of the raw input kept with the run, or null when not requested
 * @param rejectsFile the rejects file, or null when nothing was rejected
 */
public record IngestionResult(
        TapeHeader header,
        String inputSha256,
        long rowsRead,
        long accepted,
        long rejected,
        long duplicates,
        Path archivedInput,
        Path rejectsFile) {}
