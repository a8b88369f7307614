package io.abaco.pipeline.run;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * One pipeline run to do.
 *
 * @param config the resolved configuration
 * @param configSha256 sha256 of the resolved configuration (recorded in the manifest)
 * @param workspace the operator's workspace
 * @param input tape to read instead of {@code pipeline.ingestion.path}; null to use the configuration
 * @param environment process environment (PII key, Cascade token, database password placeholders)
 * @param progress progress listener, never null ({@link ProgressListener#NONE})
 */
public record RunRequest(
        AbacoConfig config,
        String configSha256,
        Workspace workspace,
        Path input,
        Map<String, String> environment,
        ProgressListener progress) {
    public RunRequest {
        environment = Map.copyOf(environment);
        if (progress == null) progress = ProgressListener.NONE;
    }

    public static RunRequest of(
            LoadedConfig loaded,
            Workspace workspace,
            Path input,
            Map<String, String> environment,
            ProgressListener progress) {
        return new RunRequest(loaded.config(), loaded.sha256(), workspace, input, environment, progress);
    }
}
