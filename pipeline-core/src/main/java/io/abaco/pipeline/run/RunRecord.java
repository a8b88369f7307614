package io.abaco.pipeline.run;

import java.nio.file.Path;

/**
 * A finished run as found on disk.
 *
 * @param directory {@code logs/runs/<run_id>/}
 * @param summary its summary.json
 * @param manifest its manifest.json, or null when missing (a failed run)
 */
public record RunRecord(Path directory, RunSummary summary, RunManifest manifest) {}
