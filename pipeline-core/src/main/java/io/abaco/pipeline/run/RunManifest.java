package io.abaco.pipeline.run;

import io.abaco.pipeline.output.OutputFile;
import java.util.List;

/**
 * {@code manifest.json}: every file the run wrote (data outputs and the run directory's files except the summary
 * and the manifest itself), with size, rows and sha256.
 *
 * @param gitCommit the workspace's HEAD commit, or null when it is not a git repository
 */
public record RunManifest(
        String runId,
        List<OutputFile> files,
        String inputSha256,
        String configSha256,
        String gitCommit,
        String toolVersion) {
    public RunManifest {
        files = List.copyOf(files);
    }
}
