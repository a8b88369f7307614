package io.abaco.pipeline.ingest.cascade;

import java.nio.file.Path;

/**
 * A Cascade export body, complete on disk.
 *
 * @param file {@code input.csv} or {@code input.json} in the staging directory
 * @param url the URL it came from (no credentials: those travel in headers)
 */
public record FetchedBody(Path file, String url) {}
