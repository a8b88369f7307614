package io.abaco.pipeline.run;

import java.nio.file.Path;

/**
 * What a successful run produced.
 *
 * @param summary the record written to summary.json
 * @param manifest the record written to manifest.json
 * @param runDirectory {@code logs/runs/<run_id>/}
 */
public record RunResult(RunSummary summary, RunManifest manifest, Path runDirectory) {}
