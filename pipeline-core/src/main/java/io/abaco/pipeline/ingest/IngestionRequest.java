package io.abaco.pipeline.ingest;

import io.abaco.config.Workspace;
import io.abaco.config.model.IngestionConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * What to ingest and where its by-products go.
 *
 * @param config the ingestion section of the configuration
 * @param workspace the operator's workspace (for display names and relative paths)
 * @param input the tape to read; null means {@code config.path()} (source file) or the Cascade API
 * @param stagingDir the run's staging directory: the archived input and rejects.csv are written there
 * @param environment the process environment (tokens for Cascade are read from it)
 */
public record IngestionRequest(
        IngestionConfig config, Workspace workspace, Path input, Path stagingDir, Map<String, String> environment) {
    public IngestionRequest {
        environment = Map.copyOf(environment);
    }
}
